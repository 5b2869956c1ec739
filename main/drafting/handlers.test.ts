import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OfficeProfile } from '../../shared/domain/office';
import { newDraft } from '../../shared/drafting/templates';
import { openTempOffice } from '../../tests/helpers/tempDatabase';
import { createTempDirs } from '../../tests/helpers/tempDir';
import type { BlobStore } from '../archive/blobStore';
import type { Db } from '../db/open';
import { exportsFolderChooser } from '../savePath';
import { renderDraftDocx } from './docx/renderDraftDocx';
import { createDraft } from './draftsRepo';
import { draftingHandlers } from './handlers';

const temp = createTempDirs();
let dir: string;
let db: Db;
let blobs: BlobStore;
const profile: OfficeProfile = {
  officeName: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG',
  parentName: 'LĐLĐ TỈNH LAI CHÂU',
  placeName: 'Tam Đường',
  unitCode: 'LĐLĐ',
  role: 'office',
  symbolPatterns: {},
  numberingScheme: 'shared',
  signerPresets: [],
  defaultHandlingDays: 7,
  countWorkingDays: true,
  warningDays: 3,
};

beforeEach(() => ({ dir, db, blobs } = openTempOffice(temp, profile)));
afterEach(() => {
  db.close();
  temp.cleanup();
});

describe('saving a draft as a file', () => {
  it('names the DOCX in Vietnamese with its diacritics, cut between words', async () => {
    const subject = 'Tổ chức các hoạt động tuyên truyền kỷ niệm ngày ban hành Nghị quyết số 02-NQ/TW ngày 12-6-2021 của Bộ Chính trị';
    const id = createDraft(db, { ...newDraft('plan', profile), subject }, null).id;
    const handlers = draftingHandlers({ db, blobs, render: renderDraftDocx, chooseSavePath: exportsFolderChooser(dir) });
    const saved = await handlers['drafts:saveDocx']({ id });
    expect(saved?.fileName).toBe('Dự thảo Kế hoạch Tổ chức các hoạt động tuyên truyền kỷ niệm ngày ban hành Nghị quyết số 02-NQ-TW.docx');
    expect(saved?.fileName).toBe(saved?.fileName.normalize('NFC'));
    expect(existsSync(saved?.path ?? '')).toBe(true);
  });
});
