import { foldKey } from '../text/fold';

/**
 * Document types (tên loại) of NĐ 30/2020/NĐ-CP Điều 7 and Phụ lục III, with the union's own types
 * (QĐ 933/QĐ-TLĐ). `code` is the abbreviation used in the ký hiệu; công văn has none.
 */
export type DocumentTypeInfo = {
  readonly id: string;
  /** Name as written in running text: "Kế hoạch". */
  readonly name: string;
  /** Abbreviation in the ký hiệu, or null for công văn and types without one. */
  readonly code: string | null;
};

export const DOCUMENT_TYPES = [
  { id: 'officialLetter', name: 'Công văn', code: null },
  { id: 'resolution', name: 'Nghị quyết', code: 'NQ' },
  { id: 'decision', name: 'Quyết định', code: 'QĐ' },
  { id: 'directive', name: 'Chỉ thị', code: 'CT' },
  { id: 'conclusion', name: 'Kết luận', code: 'KL' },
  { id: 'statute', name: 'Quy chế', code: 'QC' },
  { id: 'regulation', name: 'Quy định', code: 'QyĐ' },
  { id: 'communique', name: 'Thông cáo', code: 'TC' },
  { id: 'notice', name: 'Thông báo', code: 'TB' },
  { id: 'guidance', name: 'Hướng dẫn', code: 'HD' },
  { id: 'programme', name: 'Chương trình', code: 'CTr' },
  { id: 'plan', name: 'Kế hoạch', code: 'KH' },
  { id: 'scheme', name: 'Phương án', code: 'PA' },
  { id: 'proposal', name: 'Đề án', code: 'ĐA' },
  { id: 'project', name: 'Dự án', code: 'DA' },
  { id: 'report', name: 'Báo cáo', code: 'BC' },
  { id: 'minutes', name: 'Biên bản', code: 'BB' },
  { id: 'submission', name: 'Tờ trình', code: 'TTr' },
  { id: 'contract', name: 'Hợp đồng', code: 'HĐ' },
  { id: 'dispatch', name: 'Công điện', code: 'CĐ' },
  { id: 'memorandum', name: 'Bản ghi nhớ', code: 'BGN' },
  { id: 'agreement', name: 'Bản thỏa thuận', code: 'BTT' },
  { id: 'authorization', name: 'Giấy ủy quyền', code: 'GUQ' },
  { id: 'invitation', name: 'Giấy mời', code: 'GM' },
  { id: 'introduction', name: 'Giấy giới thiệu', code: 'GGT' },
  { id: 'leave', name: 'Giấy nghỉ phép', code: 'GNP' },
  { id: 'transmittal', name: 'Phiếu gửi', code: 'PG' },
  { id: 'forwardingSlip', name: 'Phiếu chuyển', code: 'PC' },
  { id: 'reportSlip', name: 'Phiếu báo', code: 'PB' },
  { id: 'publicLetter', name: 'Thư công', code: null },
] as const satisfies readonly DocumentTypeInfo[];

export type DocumentTypeId = (typeof DOCUMENT_TYPES)[number]['id'];

export const DOCUMENT_TYPE_IDS = DOCUMENT_TYPES.map((t) => t.id) as [DocumentTypeId, ...DocumentTypeId[]];

const byId = new Map<string, DocumentTypeInfo>(DOCUMENT_TYPES.map((t) => [t.id, t]));

export function documentTypeInfo(id: string): DocumentTypeInfo | undefined {
  return byId.get(id);
}

export function documentTypeName(id: string): string {
  return byId.get(id)?.name ?? id;
}

/** Finds the type whose ký hiệu code starts the symbol ("KH-LĐLĐ" → plan); null for công văn-style symbols. */
export function documentTypeFromSymbol(symbol: string): DocumentTypeInfo | undefined {
  const first = symbol.split('-')[0]?.trim().toUpperCase() ?? '';
  return DOCUMENT_TYPES.find((t) => t.code !== null && t.code.toUpperCase() === first);
}

/** The type of a read document: by its printed type name first, then by the code in its ký hiệu, else công văn. */
export function documentTypeIdFor(typeName: string | null, symbol: string | null): DocumentTypeId {
  const folded = typeName ? foldKey(typeName) : null;
  const byName = folded ? DOCUMENT_TYPES.find((t) => foldKey(t.name) === folded) : undefined;
  if (byName) return byName.id;
  const bySymbol = symbol ? documentTypeFromSymbol(symbol) : undefined;
  return (bySymbol?.id as DocumentTypeId | undefined) ?? 'officialLetter';
}

export const URGENCY_LEVELS = ['normal', 'urgent', 'veryUrgent', 'flash'] as const;
export type Urgency = (typeof URGENCY_LEVELS)[number];
export const URGENCY_LABELS: Record<Urgency, string> = {
  normal: 'Thường',
  urgent: 'Khẩn',
  veryUrgent: 'Thượng khẩn',
  flash: 'Hỏa tốc',
};

export const SECRECY_LEVELS = ['none', 'secret', 'topSecret', 'absoluteSecret'] as const;
export type Secrecy = (typeof SECRECY_LEVELS)[number];
export const SECRECY_LABELS: Record<Secrecy, string> = {
  none: 'Không mật',
  secret: 'Mật',
  topSecret: 'Tối mật',
  absoluteSecret: 'Tuyệt mật',
};
