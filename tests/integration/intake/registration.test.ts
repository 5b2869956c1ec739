import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WireError } from '../../../shared/errors';
import type { OperationInput, OperationName, OperationOutput } from '../../../shared/ipc/contract';
import { createServices, type Services } from '../../../main/services';
import { createTempDirs } from '../../helpers/tempDir';

const temp = createTempDirs();
let services: Services;
beforeEach(() => {
  services = createServices({ dataDir: temp.make(), resourcesDir: resolve(import.meta.dirname, '..', '..', '..', 'resources'), samples: false });
});
afterEach(() => {
  services.close();
  temp.cleanup();
});

async function call<K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
  const envelope = await services.router.dispatch(name, input);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { wire: envelope.error });
  return envelope.value as OperationOutput<K>;
}

async function refusal(promise: Promise<unknown>): Promise<WireError> {
  const error = await promise.then(
    () => null,
    (e: { wire: WireError }) => e.wire,
  );
  if (!error) throw new Error('the operation was expected to be refused');
  return error;
}

const paper = (numberText: string, issuedOn: string, arrivedOn: string, confirmEarlierArrival = false) =>
  call('register:incoming:add', {
    document: { typeId: 'plan', numberText, symbol: 'KH-LĐLĐ', issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', issuedOn, subject: `Kế hoạch số ${numberText}` },
    arrival: { arrivedOn, confirmEarlierArrival },
  });

const count = () => services.db.prepare('SELECT COUNT(*) FROM incoming').pluck().get();

describe('dates at registration', () => {
  it('refuses a document arriving before it was issued, saying which dates are wrong', async () => {
    const error = await refusal(paper('90', '2026-12-20', '2026-11-23'));
    expect(error.code).toBe('ARRIVAL_BEFORE_ISSUE');
    expect(error.message).toContain('ngày đến 23/11/2026, ngày ban hành 20/12/2026');
    expect(Object.keys(error.fields ?? {})).toEqual(['arrival.arrivedOn', 'document.issuedOn']);
    expect(count()).toBe(0);
  });

  it('holds back an arrival dated before the last số đến until the clerk confirms it', async () => {
    await paper('1', '2026-11-20', '2026-11-23');
    expect((await call('register:incoming:nextNumber', { arrivedOn: '2026-10-30' })).lastArrival).toEqual({ arrivalNumber: 1, arrivedOn: '2026-11-23' });
    const error = await refusal(paper('2', '2026-10-28', '2026-10-30'));
    expect(error.code).toBe('ARRIVAL_OUT_OF_ORDER');
    expect(error.message).toContain('số đến 1 đến ngày 23/11/2026');
    expect(error.fields?.['arrival.arrivedOn']).toBeTruthy();
    expect(count()).toBe(1);
    expect((await paper('2', '2026-10-28', '2026-10-30', true)).arrivalNumber).toBe(2);
    // The same day as the last entry, or a later one, needs no confirmation.
    expect((await paper('3', '2026-11-20', '2026-11-23')).arrivalNumber).toBe(3);
  });

  it('names the registered document when a paper entry repeats it', async () => {
    const first = await paper('1', '2026-11-20', '2026-11-23');
    const error = await refusal(paper('01', '2026-11-20', '2026-11-24'));
    expect(error).toMatchObject({ code: 'DUPLICATE_DOCUMENT', documentId: first.id });
  });
});

const HOA_TOC = [
  'ĐẢNG ỦY XÃ BÌNH LƯ',
  'Số: 45-GM/ĐU',
  'HỎA TỐC',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Bình Lư, ngày 02 tháng 11 năm 2026',
  'GIẤY MỜI',
  'Dự hội nghị sơ kết công tác quý IV',
  'Ban Thường vụ Đảng ủy trân trọng kính mời đồng chí dự hội nghị.',
].join('\n');

describe('a received file', () => {
  it('keeps a Party number as printed, takes the urgency mark to the same-day deadline, and names the earlier registration', async () => {
    const read = await call('intake:read', { fileName: 'gm45.txt', contentBase64: Buffer.from(HOA_TOC).toString('base64') });
    expect(read.header).toMatchObject({ numberSymbol: '45-GM/ĐU', urgency: 'flash', secrecy: null });
    const document = {
      typeId: read.typeId, numberText: '45', symbol: read.header.symbol ?? '', issuer: read.header.issuer ?? '', issuedOn: read.header.issuedOn ?? '',
      subject: read.header.subject ?? 'Giấy mời', body: read.text, urgency: read.header.urgency ?? 'normal',
    } satisfies OperationInput<'intake:register'>['document'];
    const done = await call('intake:register', { sha256: read.sha256, fileName: read.fileName, document, arrival: { arrivedOn: '2026-11-03', channel: 'file' } });
    const detail = await call('documents:get', { id: done.id });
    expect(detail.document).toMatchObject({ numberSymbol: '45-GM/ĐU', urgency: 'flash' });
    expect(detail.incoming?.handlingDeadline).toBe('2026-11-03');
    // The same text in another file: the same document by number.
    const again = await call('intake:read', { fileName: 'gm45 (1).txt', contentBase64: Buffer.from(`${HOA_TOC}\n`).toString('base64') });
    expect(again.duplicate).toMatchObject({ reason: 'number', documentId: done.id, label: '45-GM/ĐU' });
    const error = await refusal(call('intake:register', { sha256: read.sha256, fileName: read.fileName, document, arrival: { arrivedOn: '2026-11-03', channel: 'file' } }));
    expect(error).toMatchObject({ code: 'DUPLICATE_FILE', documentId: done.id });
  });
});

describe('a file that cannot be read', () => {
  it.each([
    ['empty.docx', new Uint8Array(0), 'docx', 'EMPTY_FILE'],
    ['truncated.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'docx', 'UNREADABLE_DOCX'],
    ['photo.pdf', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]), 'image', 'IMAGE_FILE'],
    ['old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'doc', 'LEGACY_DOC'],
  ])('%s is reported as unreadable, named by what it is', async (fileName, bytes, format, code) => {
    const read = await call('intake:read', { fileName, contentBase64: Buffer.from(bytes).toString('base64') });
    expect(read).toMatchObject({ unreadable: true, format });
    expect(read.warnings.map((w) => w.code)).toContain(code);
  });

  it('a text file with a header is readable', async () => {
    const read = await call('intake:read', { fileName: 'gm45.txt', contentBase64: Buffer.from(HOA_TOC).toString('base64') });
    expect(read).toMatchObject({ unreadable: false, format: 'text', warnings: [] });
  });
});
