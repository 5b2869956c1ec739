import type { DraftBlock, DraftDocument, DraftReference, DraftRun } from '../domain/draft';
import { documentTypeInfo } from '../domain/documentTypes';
import { defaultSymbolFor, type OfficeProfile, type SignerPreset } from '../domain/office';
import { formatShortDate, todayIso, yearOf, type IsoDate } from '../text/dates';
import { nameInRunningText, subjectInRunningText } from './officeNames';

/** What drafting needs to know about the office; the full OfficeProfile satisfies it. */
export type OfficeProfileLike = Pick<OfficeProfile, 'officeName' | 'parentName' | 'placeName' | 'unitCode'> &
  Partial<Pick<OfficeProfile, 'symbolPatterns' | 'signerPresets'>>;

/** The types the drafting screen offers a template for. */
export const TEMPLATE_TYPE_IDS = ['officialLetter', 'report', 'plan', 'notice', 'submission', 'invitation'] as const;
export type TemplateTypeId = (typeof TEMPLATE_TYPE_IDS)[number];

export function isTemplateTypeId(id: string): id is TemplateTypeId {
  return (TEMPLATE_TYPE_IDS as readonly string[]).includes(id);
}

/** Signing lines used by union offices (authority may be '' when the head signs in their own name). */
export const STANDARD_SIGNER_PRESETS: ReadonlyArray<Omit<SignerPreset, 'signerName'>> = [
  { signingAuthority: 'TM. BAN THƯỜNG VỤ', signerTitle: 'CHỦ TỊCH' },
  { signingAuthority: 'TM. BAN THƯỜNG VỤ', signerTitle: 'PHÓ CHỦ TỊCH' },
  { signingAuthority: 'KT. CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH' },
  { signingAuthority: 'TM. BAN CHẤP HÀNH', signerTitle: 'CHỦ TỊCH' },
];

/** Where the clerk still has to write: a visible ellipsis rather than an empty line that is easy to miss. */
const GAP = '…';

function text(value: string, style: Omit<DraftRun, 'text'> = {}): DraftRun[] {
  return [{ text: value, ...style }];
}
const para = (value: string): DraftBlock => ({ kind: 'paragraph', runs: text(value) });
const h1 = (value: string): DraftBlock => ({ kind: 'heading', level: 1, runs: text(value) });
const h2 = (value: string): DraftBlock => ({ kind: 'heading', level: 2, runs: text(value) });
const dash = (value: string): DraftBlock => ({ kind: 'item', marker: 'dash', runs: text(value) });

/** Words that open a body: the citation of the directive when replying, a placeholder otherwise. */
type Opening = { lead: string; officeName: string };

function officialLetterBody(o: Opening): DraftBlock[] {
  return [
    para(`${o.lead}, ${o.officeName} ${GAP}`),
    para(GAP),
    para(`${o.officeName} đề nghị ${GAP} quan tâm, xem xét, giải quyết.`),
  ];
}

function reportBody(o: Opening): DraftBlock[] {
  return [
    para(`${o.lead}, ${o.officeName} báo cáo kết quả như sau:`),
    h1('KẾT QUẢ THỰC HIỆN'),
    h2('Công tác lãnh đạo, chỉ đạo, triển khai'),
    para(GAP),
    h2('Kết quả đạt được'),
    para(GAP),
    h1('TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN'),
    h2('Tồn tại, hạn chế'),
    para(GAP),
    h2('Nguyên nhân'),
    para(GAP),
    h1('PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI'),
    para(GAP),
    h1('ĐỀ XUẤT, KIẾN NGHỊ'),
    para(GAP),
    para(`Trên đây là báo cáo kết quả thực hiện của ${o.officeName}.`),
  ];
}

function planBody(o: Opening): DraftBlock[] {
  return [
    para(`${o.lead}, ${o.officeName} xây dựng Kế hoạch thực hiện như sau:`),
    h1('MỤC ĐÍCH, YÊU CẦU'),
    h2('Mục đích'),
    para(GAP),
    h2('Yêu cầu'),
    para(GAP),
    h1('NỘI DUNG, THỜI GIAN THỰC HIỆN'),
    dash(GAP),
    h1('TỔ CHỨC THỰC HIỆN'),
    para(GAP),
    para(`Trên đây là Kế hoạch của ${o.officeName}, đề nghị các đơn vị nghiêm túc triển khai thực hiện.`),
  ];
}

function noticeBody(o: Opening): DraftBlock[] {
  return [
    para(`${o.lead}, ${o.officeName} thông báo như sau:`),
    { kind: 'item', marker: 'number', runs: text(GAP) },
    { kind: 'item', marker: 'number', runs: text(GAP) },
    para(`${o.officeName} thông báo để các đơn vị biết, thực hiện.`),
  ];
}

function submissionBody(o: Opening): DraftBlock[] {
  return [
    para(`${o.lead}, ${o.officeName} kính trình ${GAP} như sau:`),
    h1('SỰ CẦN THIẾT'),
    para(GAP),
    h1('NỘI DUNG ĐỀ NGHỊ'),
    para(GAP),
    para(`Kính trình ${GAP} xem xét, quyết định.`),
  ];
}

function invitationBody(o: Opening): DraftBlock[] {
  return [
    para(`${o.lead}, ${o.officeName} trân trọng kính mời: ${GAP}`),
    para(`Tới dự: ${GAP}`),
    dash(`Thời gian: ${GAP}`),
    dash(`Địa điểm: ${GAP}`),
    dash(`Nội dung: ${GAP}`),
    para('Rất mong đại biểu tham dự đúng thời gian, thành phần.'),
  ];
}

const BODIES: Record<TemplateTypeId, (o: Opening) => DraftBlock[]> = {
  officialLetter: officialLetterBody,
  report: reportBody,
  plan: planBody,
  notice: noticeBody,
  submission: submissionBody,
  invitation: invitationBody,
};

/** Types whose printed form carries "Kính gửi" (NĐ 30 Phụ lục I, II.9.b); a giấy mời names its guests in the body. */
const ADDRESSED: ReadonlySet<TemplateTypeId> = new Set(['officialLetter', 'report', 'submission']);

export function templateBody(typeId: TemplateTypeId, office: OfficeProfileLike, lead = `Căn cứ ${GAP}`): DraftBlock[] {
  return BODIES[typeId]({ lead, officeName: nameInRunningText(office.officeName) });
}

/**
 * First mention of a document cites it in full: type, number and symbol, date, issuer and subject
 * (NĐ 30 Phụ lục I, II.6.b): "Kế hoạch số 314/KH-LĐLĐ ngày 16/02/2022 của Ban Thường vụ ... về ...".
 */
export function citeInFull(ref: DraftReference): string {
  const date = ref.issuedOn ? ` ngày ${formatShortDate(ref.issuedOn)}` : '';
  const issuer = ref.issuer.trim() ? ` của ${nameInRunningText(ref.issuer)}` : '';
  const subject = subjectInRunningText(ref.subject);
  const about = subject ? ` ${subject.startsWith('về ') ? '' : 'về '}${subject}` : '';
  return `${ref.typeName} số ${ref.numberSymbol}${date}${issuer}${about}`;
}

/** Later mentions give only the type and number: "Kế hoạch số 314/KH-LĐLĐ". */
export function citeShort(ref: Pick<DraftReference, 'typeName' | 'numberSymbol'>): string {
  return `${ref.typeName} số ${ref.numberSymbol}`;
}

export type NewDraftOptions = {
  /** Drafting unit written after "Lưu: VT," ("VP", "Ban NV"). */
  draftingUnit?: string;
  /** Fills the year while the date is blank. */
  today?: IsoDate;
  signer?: SignerPreset;
};

function firstSigner(office: OfficeProfileLike, options: NewDraftOptions): SignerPreset {
  const standard = STANDARD_SIGNER_PRESETS[0] as Omit<SignerPreset, 'signerName'>;
  return options.signer ?? office.signerPresets?.[0] ?? { ...standard, signerName: '' };
}

function archiveLine(unit: string | undefined): string {
  const drafting = (unit ?? 'VP').trim();
  return drafting ? `Lưu: VT, ${drafting}` : 'Lưu: VT';
}

/** A fresh draft of the given type for the office, from its template. */
export function newDraft(typeId: TemplateTypeId, office: OfficeProfileLike, options: NewDraftOptions = {}): DraftDocument {
  const info = documentTypeInfo(typeId);
  const signer = firstSigner(office, options);
  const addressed = ADDRESSED.has(typeId);
  return {
    typeId,
    parentIssuer: office.parentName.trim() ? office.parentName.trim() : null,
    issuer: office.officeName,
    numberText: null,
    symbol: defaultSymbolFor({ unitCode: office.unitCode, symbolPatterns: office.symbolPatterns ?? {} }, typeId, info?.code ?? null),
    place: office.placeName,
    issuedOn: null,
    draftYear: yearOf(options.today ?? todayIso()),
    subject: '',
    addressees: addressed ? [GAP] : [],
    body: templateBody(typeId, office),
    distribution: addressed ? ['Như trên', archiveLine(options.draftingUnit)] : [GAP, archiveLine(options.draftingUnit)],
    signingAuthority: signer.signingAuthority.trim() ? signer.signingAuthority : null,
    signerTitle: signer.signerTitle,
    signerName: signer.signerName,
    urgency: 'normal',
    secrecy: 'none',
  };
}

/** The received directive being answered, as the archive knows it. */
export type DirectiveLike = DraftReference;

const REPLY_SUBJECT: Record<TemplateTypeId, string> = {
  officialLetter: 'thực hiện',
  report: 'Kết quả thực hiện',
  plan: 'Thực hiện',
  notice: 'Về việc thực hiện',
  submission: 'Về việc thực hiện',
  invitation: 'Dự hội nghị triển khai thực hiện',
};

/**
 * A draft answering a received directive: addressed to its issuer, opening with the full citation,
 * distribution starting "Như trên" and ending with the archive line.
 */
export function replyDraftFrom(
  directive: DirectiveLike,
  office: OfficeProfileLike,
  typeId: TemplateTypeId,
  options: NewDraftOptions = {},
): DraftDocument {
  const ref: DraftReference = {
    typeName: directive.typeName,
    numberSymbol: directive.numberSymbol,
    issuedOn: directive.issuedOn,
    issuer: directive.issuer,
    subject: directive.subject,
    documentId: directive.documentId ?? null,
  };
  const base = newDraft(typeId, office, options);
  const cited = citeShort(ref);
  return {
    ...base,
    subject: `${REPLY_SUBJECT[typeId]} ${cited}`,
    addressees: ADDRESSED.has(typeId) ? [nameInRunningText(directive.issuer)] : [],
    body: templateBody(typeId, office, `Thực hiện ${citeInFull(ref)}`),
    distribution: ['Như trên', archiveLine(options.draftingUnit)],
    replyTo: ref,
  };
}
