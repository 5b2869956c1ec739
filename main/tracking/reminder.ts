import { documentTypeName } from '../../shared/domain/documentTypes';
import type { DraftDocument } from '../../shared/domain/draft';
import type { OfficeProfile } from '../../shared/domain/office';
import { newDraft } from '../../shared/drafting/templates';
import { formatShortDate } from '../../shared/text/dates';
import { getDocument } from '../archive/documentsRepo';
import type { Db } from '../db/open';

/**
 * A công văn đôn đốc: addressed to the units still owing a report, citing the directive the official way, and
 * sent to them by bundle like any directive.
 */
export function reminderDraft(db: Db, profile: OfficeProfile, directiveId: string, unitCodes: string[]): DraftDocument {
  const directive = getDocument(db, directiveId);
  const names = unitCodes.map((code) => (db.prepare('SELECT unit_name AS n FROM document_recipients WHERE document_id = ? AND unit_code = ?').get(directiveId, code) as { n: string } | undefined)?.n ?? code);
  const cited = `${documentTypeName(directive.typeId)} số ${directive.numberSymbol ?? ''}${directive.issuedOn ? ` ngày ${formatShortDate(directive.issuedOn)}` : ''}`;
  const base = newDraft('officialLetter', profile);
  const deadline = directive.reportDeadline ? ` trước ngày ${formatShortDate(directive.reportDeadline)}` : '';
  return {
    ...base,
    subject: `đôn đốc báo cáo theo ${cited}`,
    addressees: names,
    body: [
      {
        kind: 'paragraph',
        runs: [
          {
            text: `Ngày ${directive.issuedOn ? formatShortDate(directive.issuedOn) : '…'}, ${profile.officeName.charAt(0)}${profile.officeName.slice(1).toLocaleLowerCase('vi')} ban hành ${cited} về ${directive.subject}, đề nghị các đơn vị báo cáo kết quả${deadline}. Đến nay, các đơn vị có tên trên chưa gửi báo cáo.`,
          },
        ],
      },
      { kind: 'paragraph', runs: [{ text: 'Đề nghị các đơn vị khẩn trương hoàn thành và gửi báo cáo trong thời gian sớm nhất.' }] },
    ],
    distribution: ['Như trên', 'Lưu: VT'],
    recipientUnits: unitCodes,
    reportDeadline: null,
    replyTo: null,
  };
}
