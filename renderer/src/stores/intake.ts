import { create } from 'zustand';
import type { IntakeReading } from '../../../shared/ipc/intake';
import { api, ApiError, errorMessage, fieldErrorsOf } from '../api/client';
import { base64OfFile } from '../api/files';
import { arrivalOf, documentFieldsOf, emptyDocumentForm, type DocumentForm } from '../components/documentForm';

export type IntakeItemState =
  | 'waiting' | 'reading' | 'ready' | 'unreadable' | 'registering' | 'registered' | 'duplicate' | 'needsReview' | 'failed';

export type IntakeItem = {
  key: string;
  fileName: string;
  state: IntakeItemState;
  reading: IntakeReading | null;
  form: DocumentForm | null;
  error: string | null;
  /** The code of the last refusal, when the clerk can act on it (confirm an earlier arrival date). */
  errorCode: string | null;
  errors: Record<string, string>;
  registeredId: string | null;
  /** The số đến just given, for the clerk to write on the dấu đến. */
  arrivalNumber: number | null;
  /** The document already registered that this file repeats. */
  duplicateOf: string | null;
};

/** Items waiting for the clerk's confirmation, in the order of the list. */
const PENDING: ReadonlySet<IntakeItemState> = new Set(['ready', 'needsReview']);

export type IntakeState = {
  items: IntakeItem[];
  selectedKey: string | null;
  /**
   * A batch run: how many of its items are done and how each ended (registered, duplicate, not readable, left
   * for the clerk to check), whether the clerk asked to stop, and whether it is still going.
   */
  batch: BatchProgress | null;
};

export type BatchProgress = {
  total: number;
  done: number;
  registered: number;
  duplicates: number;
  unreadable: number;
  toCheck: number;
  cancelled: boolean;
  running: boolean;
};

export const useIntake = create<IntakeState>(() => ({ items: [], selectedKey: null, batch: null }));

/** Files waiting in memory for reading; kept out of the store so its state stays serialisable. */
const pendingFiles = new Map<string, File>();
let counter = 0;

function update(key: string, patch: Partial<IntakeItem>): void {
  useIntake.setState((s) => ({ items: s.items.map((i) => (i.key === key ? { ...i, ...patch } : i)) }));
}

export function formFromReading(r: IntakeReading): DocumentForm {
  const h = r.header;
  const numberText = h.numberSymbol && h.symbol ? h.numberSymbol.slice(0, h.numberSymbol.length - h.symbol.length - 1) : '';
  return {
    ...emptyDocumentForm(),
    typeId: r.typeId,
    numberText,
    symbol: h.symbol ?? '',
    issuer: h.issuer ?? '',
    parentIssuer: h.parentIssuer ?? '',
    place: h.place ?? '',
    issuedOn: h.issuedOn ?? '',
    subject: h.subject ?? '',
    body: r.text,
    addressees: h.addressees.join('\n'),
    distribution: h.distribution.join('\n'),
    signerName: h.signerName ?? '',
    signerTitle: h.signerTitle ?? '',
    signingAuthority: h.signingAuthority ?? '',
    reportDeadline: h.reportDeadline ?? '',
    urgency: h.urgency ?? 'normal',
    secrecy: h.secrecy ?? 'none',
  };
}

const READ = /\.(docx?|docm|pdf|txt|md|text)$/i;
const PHOTO = /\.(jpe?g|png|heic|heif|gif|bmp|tiff?|webp)$/i;
/** Files a folder holds besides documents (system files, hidden files): not worth a line in the list. */
const SYSTEM_FILE = /^(\.|~\$)|^(thumbs\.db|desktop\.ini)$/i;
export const PHOTO_NOT_READ =
  'Đây là ảnh chụp văn bản: chương trình không đọc chữ trong ảnh. Hãy vào sổ bằng “Vào sổ văn bản giấy” và nhập thông tin từ ảnh.';
const FORMAT_NOT_READ = 'Chương trình chỉ đọc tệp .docx, .pdf và .txt; tệp này không được đọc. Hãy lưu văn bản thành một trong các dạng đó rồi nhập lại.';

function newItem(key: string, fileName: string, patch: Partial<IntakeItem> = {}): IntakeItem {
  return {
    key, fileName, state: 'waiting', reading: null, form: null, error: null, errorCode: null, errors: {}, registeredId: null,
    arrivalNumber: null, duplicateOf: null, ...patch,
  };
}

function isPending(item: IntakeItem | undefined): boolean {
  return item !== undefined && (PENDING.has(item.state) || item.state === 'waiting' || item.state === 'reading');
}

export function addFiles(files: File[]): void {
  const items: IntakeItem[] = files
    .filter((f) => !SYSTEM_FILE.test(f.name))
    .map((file) => {
      const key = `f${++counter}`;
      if (!READ.test(file.name)) return newItem(key, file.name, { state: 'unreadable', error: PHOTO.test(file.name) ? PHOTO_NOT_READ : FORMAT_NOT_READ });
      pendingFiles.set(key, file);
      return newItem(key, file.name);
    });
  useIntake.setState((s) => {
    // The clerk keeps working on a file still waiting for confirmation; otherwise the new files come to the front.
    const current = s.items.find((i) => i.key === s.selectedKey);
    return { items: [...s.items, ...items], selectedKey: isPending(current) ? s.selectedKey : (items[0]?.key ?? s.selectedKey) };
  });
  void readWaiting();
}

let reading = false;
/** Reads waiting files one at a time so a folder of hundreds never floods main. */
async function readWaiting(): Promise<void> {
  if (reading) return;
  reading = true;
  try {
    for (;;) {
      const next = useIntake.getState().items.find((i) => i.state === 'waiting');
      if (!next) break;
      const file = pendingFiles.get(next.key);
      if (!file) {
        update(next.key, { state: 'failed', error: 'Không còn tệp để đọc.' });
        continue;
      }
      update(next.key, { state: 'reading' });
      try {
        const r = await api.invoke('intake:read', { fileName: file.name, contentBase64: await base64OfFile(file) });
        pendingFiles.delete(next.key);
        const state = r.duplicate ? 'duplicate' : r.unreadable ? 'unreadable' : 'ready';
        update(next.key, { state, reading: r, form: formFromReading(r), duplicateOf: r.duplicate?.documentId ?? null });
      } catch (error) {
        update(next.key, { state: 'failed', error: errorMessage(error) });
      }
    }
  } finally {
    reading = false;
  }
}

export function selectItem(key: string): void {
  useIntake.setState({ selectedKey: key });
}

export function editItem(key: string, field: keyof DocumentForm, value: string): void {
  useIntake.setState((s) => ({
    items: s.items.map((i) => (i.key === key && i.form ? { ...i, form: { ...i.form, [field]: value } } : i)),
  }));
}

/** After a registration the selection moves on to the next file waiting for confirmation, if there is one. */
function selectNextPending(from: string): void {
  useIntake.setState((s) => {
    if (s.selectedKey !== from) return {};
    const at = s.items.findIndex((i) => i.key === from);
    const next = [...s.items.slice(at + 1), ...s.items.slice(0, at)].find((i) => PENDING.has(i.state));
    return next ? { selectedKey: next.key } : {};
  });
}

const DUPLICATE_CODES = new Set(['DUPLICATE_FILE', 'DUPLICATE_DOCUMENT']);

/** Registers one reviewed item; the whole registration is one transaction in main, so it happens fully or not. */
export async function registerItem(key: string, options: { confirmEarlierArrival?: boolean } = {}): Promise<boolean> {
  const item = useIntake.getState().items.find((i) => i.key === key);
  if (!item?.reading || !item.form || item.state === 'registered' || item.state === 'duplicate') return false;
  update(key, { state: 'registering', error: null, errorCode: null });
  try {
    const result = await api.invoke('intake:register', {
      sha256: item.reading.sha256,
      fileName: item.fileName,
      document: documentFieldsOf(item.form),
      arrival: { ...arrivalOf(item.form, 'file'), confirmEarlierArrival: options.confirmEarlierArrival === true },
    });
    update(key, { state: 'registered', registeredId: result.id, arrivalNumber: result.arrivalNumber, errors: {} });
    selectNextPending(key);
    return true;
  } catch (error) {
    const wire = error instanceof ApiError ? error : null;
    const fields = fieldErrorsOf(error);
    if (wire && DUPLICATE_CODES.has(wire.code)) {
      update(key, { state: 'duplicate', error: errorMessage(error), errorCode: wire.code, duplicateOf: wire.documentId ?? null, errors: {} });
      return false;
    }
    const state = Object.keys(fields).length ? 'needsReview' : item.state === 'unreadable' ? 'unreadable' : 'failed';
    update(key, { state, error: errorMessage(error), errorCode: wire?.code ?? null, errors: fields });
    return false;
  }
}

/** Registers every item that reads completely, in the background; stops between files when cancelled. */
export async function registerAll(): Promise<void> {
  if (useIntake.getState().batch?.running) return;
  // Files that could not be read stay in the count, so the summary accounts for every file still in the list.
  const inBatch: ReadonlySet<IntakeItemState> = new Set(['ready', 'waiting', 'reading', 'unreadable']);
  const keys = useIntake.getState().items.filter((i) => inBatch.has(i.state)).map((i) => i.key);
  const stateOf = (key: string) => useIntake.getState().items.find((i) => i.key === key)?.state;
  const cancelled = () => useIntake.getState().batch?.cancelled === true;
  useIntake.setState({
    batch: { total: keys.length, done: 0, registered: 0, duplicates: 0, unreadable: 0, toCheck: 0, cancelled: false, running: true },
  });
  try {
    for (const key of keys) {
      while (!cancelled() && (stateOf(key) === 'waiting' || stateOf(key) === 'reading')) await new Promise((r) => setTimeout(r, 50));
      if (cancelled()) break;
      if (stateOf(key) === 'ready') await registerItem(key);
      const outcome = stateOf(key);
      const counter: keyof BatchProgress =
        outcome === 'registered' ? 'registered' : outcome === 'duplicate' ? 'duplicates' : outcome === 'unreadable' ? 'unreadable' : 'toCheck';
      useIntake.setState((s) => ({ batch: s.batch ? { ...s.batch, done: s.batch.done + 1, [counter]: s.batch[counter] + 1 } : null }));
    }
  } finally {
    useIntake.setState((s) => ({ batch: s.batch ? { ...s.batch, running: false } : null }));
  }
}

/** Asks a running batch to stop after the file being registered now: each file is registered whole or not at all. */
export function cancelBatch(): void {
  useIntake.setState((s) => ({ batch: s.batch ? { ...s.batch, cancelled: true } : null }));
}

export function clearFinished(): void {
  useIntake.setState((s) => {
    const items = s.items.filter((i) => i.state !== 'registered');
    return { items, selectedKey: items[0]?.key ?? null, batch: null };
  });
}
