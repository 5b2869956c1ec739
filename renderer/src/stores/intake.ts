import { create } from 'zustand';
import type { IntakeReading } from '../../../shared/ipc/intake';
import { api, errorMessage } from '../api/client';
import { base64OfFile } from '../api/files';
import { arrivalOf, documentFieldsOf, emptyDocumentForm, type DocumentForm } from '../components/documentForm';
import { refreshArchive } from './archive';

export type IntakeItemState = 'waiting' | 'reading' | 'ready' | 'registering' | 'registered' | 'duplicate' | 'needsReview' | 'failed';

export type IntakeItem = {
  key: string;
  fileName: string;
  state: IntakeItemState;
  reading: IntakeReading | null;
  form: DocumentForm | null;
  error: string | null;
  errors: Record<string, string>;
  registeredId: string | null;
};

export type IntakeState = {
  items: IntakeItem[];
  selectedKey: string | null;
  /** A batch run: how many of its items are done, whether the clerk asked to stop, and whether it is still going. */
  batch: { total: number; done: number; cancelled: boolean; running: boolean } | null;
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

export function addFiles(files: File[]): void {
  const accepted = files.filter((f) => /\.(docx?|pdf|txt|md)$/i.test(f.name));
  const items: IntakeItem[] = accepted.map((file) => {
    const key = `f${++counter}`;
    pendingFiles.set(key, file);
    return { key, fileName: file.name, state: 'waiting', reading: null, form: null, error: null, errors: {}, registeredId: null };
  });
  useIntake.setState((s) => ({ items: [...s.items, ...items], selectedKey: s.selectedKey ?? items[0]?.key ?? null }));
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
        update(next.key, { state: r.duplicate ? 'duplicate' : 'ready', reading: r, form: formFromReading(r) });
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

/** Registers one reviewed item; the whole registration is one transaction in main, so it happens fully or not. */
export async function registerItem(key: string): Promise<boolean> {
  const item = useIntake.getState().items.find((i) => i.key === key);
  if (!item?.reading || !item.form || item.state === 'registered' || item.state === 'duplicate') return false;
  update(key, { state: 'registering', error: null });
  try {
    const result = await api.invoke('intake:register', {
      sha256: item.reading.sha256,
      fileName: item.fileName,
      document: documentFieldsOf(item.form),
      arrival: arrivalOf(item.form, 'file'),
    });
    update(key, { state: 'registered', registeredId: result.id, errors: {} });
    void refreshArchive();
    return true;
  } catch (error) {
    const fields = (error as { fields?: Record<string, string> }).fields ?? {};
    update(key, { state: Object.keys(fields).length ? 'needsReview' : 'failed', error: errorMessage(error), errors: fields });
    return false;
  }
}

/** Registers every item that reads completely, in the background; stops between files when cancelled. */
export async function registerAll(): Promise<void> {
  if (useIntake.getState().batch?.running) return;
  const keys = useIntake.getState().items.filter((i) => i.state === 'ready' || i.state === 'waiting' || i.state === 'reading').map((i) => i.key);
  const stateOf = (key: string) => useIntake.getState().items.find((i) => i.key === key)?.state;
  const cancelled = () => useIntake.getState().batch?.cancelled === true;
  useIntake.setState({ batch: { total: keys.length, done: 0, cancelled: false, running: true } });
  try {
    for (const key of keys) {
      while (!cancelled() && (stateOf(key) === 'waiting' || stateOf(key) === 'reading')) await new Promise((r) => setTimeout(r, 50));
      if (cancelled()) break;
      await registerItem(key);
      useIntake.setState((s) => ({ batch: s.batch ? { ...s.batch, done: s.batch.done + 1 } : null }));
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
