/** Kinds of unit in a province's directory after the 2025 reorganisation; district LĐLĐs remain for history. */
export const UNIT_KINDS = ['province', 'department', 'communeUnion', 'sectorUnion', 'civilServantUnion', 'grassroots', 'districtFederation', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  province: 'LĐLĐ tỉnh',
  department: 'Ban, đơn vị thuộc LĐLĐ tỉnh',
  communeUnion: 'Công đoàn xã, phường',
  sectorUnion: 'Công đoàn ngành',
  civilServantUnion: 'Công đoàn Viên chức',
  grassroots: 'Công đoàn cơ sở',
  districtFederation: 'LĐLĐ huyện, thành phố (trước 01/7/2025)',
  other: 'Đơn vị khác',
};

/** Recipient groups offered when issuing a directive: every active unit of a kind. */
export const UNIT_GROUP_LABELS: Partial<Record<UnitKind, string>> = {
  department: 'Các Ban LĐLĐ tỉnh',
  communeUnion: 'Các công đoàn xã, phường',
  sectorUnion: 'Các Công đoàn ngành',
  grassroots: 'Các CĐCS trực thuộc',
  districtFederation: 'LĐLĐ các huyện, thành phố',
};

export type Unit = {
  id: string;
  code: string;
  name: string;
  shortName: string;
  parentCode: string | null;
  kind: UnitKind;
  place: string;
  contact: string;
  active: boolean;
};
