import type { IsoDate } from '../text/dates';

/** The office profile (thông tin cơ quan), set on first run: it feeds headers, numbering and signatures. */
export type OfficeRole = 'province' | 'office';

export type SignerPreset = {
  /** "TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", or '' when the head signs in their own name. */
  signingAuthority: string;
  signerTitle: string;
  signerName: string;
};

export type OfficeProfile = {
  /** Issuing body as printed in the header, e.g. "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU". */
  officeName: string;
  /** Direct parent body, e.g. "TỔNG LĐLĐ VIỆT NAM"; '' when none. */
  parentName: string;
  /** Địa danh for "Lai Châu, ngày ...". */
  placeName: string;
  /** Short code of the office, used in ký hiệu: "LĐLĐ". */
  unitCode: string;
  role: OfficeRole;
  /** Symbol pattern per type id, e.g. { report: "BC-LĐLĐ", officialLetter: "LĐLĐ" }. Missing types use the default rule. */
  symbolPatterns: Record<string, string>;
  /** 'shared': one outgoing sequence for all types; 'perType': one per type. */
  numberingScheme: 'shared' | 'perType';
  signerPresets: SignerPreset[];
  /** Default handling period for incoming documents without their own deadline, in days. */
  defaultHandlingDays: number;
  countWorkingDays: boolean;
  /** Changes to the statutory days off (see shared/domain/holidays.ts) from the year's announcement. */
  extraDaysOff?: IsoDate[];
  extraWorkingDays?: IsoDate[];
  /** Days before a deadline when reminders start. */
  warningDays: number;
};

export function defaultSymbolFor(profile: Pick<OfficeProfile, 'unitCode' | 'symbolPatterns'>, typeId: string, typeCode: string | null): string {
  const custom = profile.symbolPatterns[typeId];
  if (custom) return custom;
  return typeCode ? `${typeCode}-${profile.unitCode}` : profile.unitCode;
}
