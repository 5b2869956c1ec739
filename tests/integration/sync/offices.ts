import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficeProfile } from '../../../shared/domain/office';
import { newDraft, replyDraftFrom } from '../../../shared/drafting/templates';
import { documentTypeName } from '../../../shared/domain/documentTypes';
import { createBlobStore, type BlobStore } from '../../../main/archive/blobStore';
import { getDocument } from '../../../main/archive/documentsRepo';
import { writeOfficeProfile } from '../../../main/archive/officeProfile';
import { openDatabase, type Db } from '../../../main/db/open';
import { renderDraftDocx } from '../../../main/drafting/docx/renderDraftDocx';
import { createDraft } from '../../../main/drafting/draftsRepo';
import { issueDraft } from '../../../main/drafting/issue';
import { createRequest, createRoot, installCertificate, signRequest } from '../../../main/sync/setup';
import { fingerprint } from '../../../main/sync/keys';
import { saveUnit } from '../../../main/units/unitsRepo';
import { filledIn } from '../../helpers/drafts';

export type Office = { dir: string; db: Db; blobs: BlobStore; profile: OfficeProfile; unitCode: string };

function profile(name: string, code: string, role: OfficeProfile['role']): OfficeProfile {
  return { officeName: name, parentName: '', placeName: 'Lai Châu', unitCode: code, role, symbolPatterns: {}, numberingScheme: 'shared', signerPresets: [], defaultHandlingDays: 7, countWorkingDays: true, warningDays: 3 };
}

export function openOffice(dir: string, name: string, symbolCode: string, unitCode: string, role: OfficeProfile['role']): Office {
  mkdirSync(dir, { recursive: true });
  const db = openDatabase(join(dir, 'office.sqlite'));
  const p = profile(name, symbolCode, role);
  writeOfficeProfile(db, p);
  return { dir, db, blobs: createBlobStore(dir), profile: p, unitCode };
}

/** A province and its offices with keys, certificates and a pinned root, as after the set-up visit. */
export function setUpNetwork(root: string, officeCodes: string[]): { province: Office; offices: Office[]; rootKey: string; passphrase: string } {
  const province = openOffice(join(root, 'province'), 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', 'LĐLĐ', 'LDLD-LC', 'province');
  const passphrase = 'mật khẩu khóa gốc';
  const created = createRoot(province.db, { unitCode: 'LDLD-LC', unitName: 'LĐLĐ tỉnh Lai Châu', passphrase });
  const rootKey = JSON.stringify(created.rootKey);
  const offices = officeCodes.map((code, i) => {
    const office = openOffice(join(root, code), `CÔNG ĐOÀN ĐƠN VỊ ${i + 1}`, 'CĐ', code, 'office');
    saveUnit(province.db, { code, name: `Công đoàn đơn vị ${i + 1}`, shortName: '', parentCode: '', kind: 'communeUnion', place: '', contact: '', active: true });
    const request = createRequest(office.db, { unitCode: code, unitName: `Công đoàn đơn vị ${i + 1}` });
    const certFile = signRequest(rootKey, passphrase, JSON.stringify(request));
    installCertificate(office.db, JSON.stringify(certFile), fingerprint(certFile.rootPublicKey));
    return office;
  });
  return { province, offices, rootKey, passphrase };
}

/** Issues a kế hoạch to `recipients`; with `replaces`, as "Soạn văn bản thay thế" of that document. */
export async function issueDirective(province: Office, recipients: string[], subject: string, issuedOn: string, annex?: Uint8Array, replaces?: string): Promise<string> {
  const attachments = annex ? [{ ...province.blobs.put(annex), fileName: 'Biểu mẫu báo cáo.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }] : [];
  const draft = { ...filledIn(newDraft('plan', province.profile)), subject, signerName: 'Hoàng Thọ Trung', recipientUnits: recipients, reportDeadline: '2026-06-30', attachments };
  return (await issueDraft(province.db, province.blobs, province.profile, renderDraftDocx, createDraft(province.db, draft, null, new Date(), replaces).id, issuedOn)).id;
}

export async function replyTo(office: Office, directiveId: string, issuedOn: string): Promise<string> {
  const d = getDocument(office.db, directiveId);
  const reply = replyDraftFrom(
    { typeName: documentTypeName(d.typeId), numberSymbol: d.numberSymbol ?? '', issuedOn: d.issuedOn, issuer: d.issuer, subject: d.subject, documentId: d.id },
    office.profile,
    'report',
  );
  const draft = createDraft(office.db, { ...filledIn(reply), signerName: 'Lò Văn Minh' }, directiveId);
  return (await issueDraft(office.db, office.blobs, office.profile, renderDraftDocx, draft.id, issuedOn)).id;
}
