import { join } from 'node:path';
import type { OfficeProfile } from '../../shared/domain/office';
import { createTempDirs } from '../helpers/tempDir';
import { recordAudit } from '../../main/archive/audit';
import { insertDocument, type NewDocument } from '../../main/archive/documentsRepo';
import { writeOfficeProfile } from '../../main/archive/officeProfile';
import { registerIncoming } from '../../main/archive/registration';
import { openDatabase, type Db } from '../../main/db/open';

export const TEST_PROFILE: OfficeProfile = {
  officeName: 'CÔNG ĐOÀN VIÊN CHỨC TỈNH LAI CHÂU', parentName: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', placeName: 'Lai Châu', unitCode: 'CĐVC', role: 'office',
  symbolPatterns: {}, numberingScheme: 'shared', signerPresets: [], defaultHandlingDays: 5, countWorkingDays: true, warningDays: 3,
};

export type TestOffice = { db: Db; dir: string; receive: (n: number, arrivedOn: string, over?: Partial<NewDocument>) => string; reply: (n: number, issuedOn: string, replyTo: string) => string };

/** A real office database in a temp folder, with helpers that register documents the way the clerk does. */
export function testOffices() {
  const temp = createTempDirs();
  const open: Db[] = [];
  return {
    make(profile: OfficeProfile = TEST_PROFILE): TestOffice {
      const dir = temp.make();
      const db = openDatabase(join(dir, 'office.sqlite'));
      open.push(db);
      writeOfficeProfile(db, profile);
      const base = (n: number, date: string): NewDocument => ({
        direction: 'incoming', typeId: 'officialLetter', numberText: String(n), number: n, symbol: 'LĐLĐ', issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU',
        parentIssuer: null, place: 'Lai Châu', issuedOn: date, subject: `Công văn số ${n}`, body: '', addressees: [], distribution: [], signerName: null,
        signerTitle: null, signingAuthority: null, urgency: 'normal', secrecy: 'none', reportDeadline: null, citations: [],
      });
      const receive = (n: number, arrivedOn: string, over: Partial<NewDocument> = {}) =>
        registerIncoming(db, { ...base(n, arrivedOn), ...over }, { arrivedOn, channel: 'paper', recipient: 'Văn phòng', note: '' }).id;
      const reply = (n: number, issuedOn: string, replyTo: string) =>
        db.transaction(() => {
          const id = insertDocument(db, { ...base(n, issuedOn), direction: 'outgoing', typeId: 'report', symbol: 'BC-CĐVC', issuer: profile.officeName, subject: `Báo cáo số ${n}`, distribution: ['Như trên', 'Lưu: VT'], signerName: 'Nguyễn Văn An' });
          const next = (db.prepare('SELECT COALESCE(MAX(register_number), 0) + 1 AS n FROM outgoing WHERE year = ?').get(Number(issuedOn.slice(0, 4))) as { n: number }).n;
          db.prepare('INSERT INTO outgoing (document_id, year, register_number, reply_to_id, copies, file_copy_holder, issued_at) VALUES (?, ?, ?, ?, 2, ?, ?)').run(
            id, Number(issuedOn.slice(0, 4)), next, replyTo, 'Văn phòng', `${issuedOn}T03:00:00.000Z`,
          );
          recordAudit(db, { action: 'outgoing.issued', entity: 'document', entityId: id, detail: { numberSymbol: `${n}/BC-CĐVC`, replyTo } }, new Date(`${issuedOn}T03:00:00Z`));
          return id;
        })();
      return { db, dir, receive, reply };
    },
    cleanup() {
      for (const db of open.splice(0)) db.close();
      temp.cleanup();
    },
  };
}
