import { Document, Packer } from 'docx';
import { documentTypeInfo } from '../../../shared/domain/documentTypes';
import type { DraftDocument } from '../../../shared/domain/draft';
import { defaultSymbolFor, type OfficeProfile } from '../../../shared/domain/office';
import { bodyParagraphs } from '../../drafting/docx/body';
import { headerTable } from '../../drafting/docx/headerTable';
import { documentStyles, sectionProperties, TEXT_WIDTH } from '../../drafting/docx/pageSetup';
import { signatureGap, signatureTable } from '../../drafting/docx/signature';
import { titleBlock } from '../../drafting/docx/titleBlock';
import { registerBody } from './registerDocx';
import type { RegisterTable } from './tables';

const text = (value: string) => [{ text: value }];

/**
 * The báo cáo as an official document of the office (NĐ 30 Phụ lục I): quốc hiệu and tiêu ngữ, số and ngày left
 * blank for the văn thư to fill in on issuing, the report's name and subject, the figures, and the signature block
 * of the office's first signer (TM. Ban Thường vụ, Chủ tịch when none is set).
 */
export function reportDraft(table: RegisterTable, profile: OfficeProfile, year: number): DraftDocument {
  const signer = profile.signerPresets[0];
  return {
    typeId: 'report',
    parentIssuer: profile.parentName.trim() || null,
    issuer: profile.officeName,
    numberText: null,
    symbol: defaultSymbolFor(profile, 'report', documentTypeInfo('report')?.code ?? null),
    place: profile.placeName,
    issuedOn: null,
    draftYear: year,
    subject: `Tình hình giải quyết văn bản đến\n${table.period.replace(/^Từ/u, 'từ')}`,
    addressees: [],
    body: [
      { kind: 'paragraph', runs: text(`${table.period}, ${(table.summary ?? '').replace(/^Tổng/u, 'tổng')}`) },
      { kind: 'paragraph', runs: text('Tình hình giải quyết theo từng đơn vị, người xử lý như sau:') },
      // The figures go between this line and the one before it; the closing mark stays on this one.
      { kind: 'paragraph', runs: text(`Trên đây là báo cáo tình hình giải quyết văn bản đến ${table.period.replace(/^Từ/u, 'từ')}.`) },
    ],
    distribution: ['Lãnh đạo cơ quan', 'Lưu: VT'],
    signingAuthority: signer ? signer.signingAuthority || null : 'TM. BAN THƯỜNG VỤ',
    signerTitle: signer?.signerTitle ?? 'CHỦ TỊCH',
    signerName: signer?.signerName ?? '',
    urgency: 'normal',
    secrecy: 'none',
  };
}

/** Báo cáo tình hình giải quyết văn bản đến on portrait A4, with the figures as a table between body and signature. */
export async function reportDocx(table: RegisterTable, profile: OfficeProfile, year: number): Promise<Uint8Array> {
  const draft = reportDraft(table, profile, year);
  const body = bodyParagraphs(draft.body);
  const doc = new Document({
    creator: profile.officeName,
    title: 'Báo cáo tình hình giải quyết văn bản đến',
    styles: documentStyles,
    sections: [
      {
        ...sectionProperties(),
        children: [headerTable(draft), ...titleBlock(draft), ...body.slice(0, -1), ...registerBody(table, TEXT_WIDTH), ...body.slice(-1), signatureGap(), signatureTable(draft)],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
