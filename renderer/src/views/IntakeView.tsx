import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { DocumentFields } from '../components/DocumentFields';
import type { DocumentForm } from '../components/documentForm';
import { ErrorBanner } from '../components/ErrorBanner';
import { addFiles, cancelBatch, clearFinished, editItem, registerAll, registerItem, selectItem, useIntake, type IntakeItem, type IntakeState } from '../stores/intake';
import { navigate } from '../stores/navigation';

const STATE_LABELS: Record<IntakeItem['state'], string> = {
  waiting: 'Đang chờ đọc',
  reading: 'Đang đọc…',
  ready: 'Đã đọc – chờ xác nhận',
  registering: 'Đang vào sổ…',
  registered: 'Đã vào sổ',
  duplicate: 'Trùng – không vào sổ lại',
  needsReview: 'Cần bổ sung thông tin',
  failed: 'Lỗi',
};

/** Which form field shows which header field's source lines. */
const SOURCE_FIELDS: Partial<Record<keyof DocumentForm, string>> = {
  numberText: 'numberSymbol', symbol: 'numberSymbol', typeId: 'type', issuer: 'issuer', parentIssuer: 'parentIssuer',
  place: 'place', issuedOn: 'issuedOn', subject: 'subject', addressees: 'addressees', distribution: 'distribution',
  signerName: 'signerName', signerTitle: 'signerTitle', signingAuthority: 'signingAuthority', reportDeadline: 'reportDeadline',
  urgency: 'urgency', secrecy: 'secrecy',
};

/** The line under the progress bar, in the words of the clerk's own batch. */
function batchStatus(batch: NonNullable<IntakeState['batch']>): string {
  const counted = `${batch.done}/${batch.total} tệp đã xử lý`;
  if (batch.running) return batch.cancelled ? `Đang dừng sau tệp đang vào sổ… ${counted}` : `Đang vào sổ: ${counted}`;
  if (!batch.cancelled || batch.done === batch.total) return `Xong: ${counted}`;
  return `Đã dừng: ${counted}; ${batch.total - batch.done} tệp chưa vào sổ. Bấm “Vào sổ tất cả văn bản đã đọc đủ” để vào sổ tiếp.`;
}

function Review({ item }: { item: IntakeItem }) {
  if (!item.reading || !item.form) {
    return <p className="muted">{item.error ?? STATE_LABELS[item.state]}</p>;
  }
  const reading = item.reading;
  const sources: Partial<Record<keyof DocumentForm, string>> = {};
  for (const [field, headerField] of Object.entries(SOURCE_FIELDS)) {
    const text = reading.sources[headerField as keyof typeof reading.sources];
    if (text) sources[field as keyof DocumentForm] = text;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void registerItem(item.key);
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Xác nhận thông tin văn bản">
      <h2>{item.fileName}</h2>
      <p className="muted">
        Đọc trong {Math.round(reading.tookMs)} ms · {reading.format.toUpperCase()} · {(reading.size / 1024).toFixed(0)} KB
      </p>
      {reading.warnings.map((w) => (
        <div key={w.code} className="banner banner-warn">
          {w.message}
        </div>
      ))}
      {reading.duplicate ? (
        <div className="banner banner-warn" role="status" data-testid="duplicate-warning">
          <span>
            {reading.duplicate.reason === 'file' ? 'Tệp này đã được vào sổ' : 'Đã có văn bản cùng số, ký hiệu, cơ quan ban hành và năm'}:{' '}
            {reading.duplicate.label}. Văn bản không được vào sổ lần nữa.
          </span>
          <button type="button" className="link" onClick={() => navigate({ name: 'document', id: reading.duplicate!.documentId })}>
            Mở văn bản đã có
          </button>
        </div>
      ) : null}
      <ErrorBanner message={item.state === 'failed' || item.state === 'needsReview' ? item.error : null} />
      {item.state === 'registered' && item.registeredId ? (
        <div className="banner banner-ok" role="status">
          Đã vào sổ.{' '}
          <button type="button" className="link" onClick={() => navigate({ name: 'document', id: item.registeredId! })}>
            Mở văn bản
          </button>
        </div>
      ) : null}
      <DocumentFields form={item.form} errors={item.errors} sources={sources} onChange={(field, value) => editItem(item.key, field, value)}>
        <div className="actions">
          <button type="submit" className="primary" disabled={item.state === 'registered' || item.state === 'duplicate' || item.state === 'registering'}>
            Xác nhận và vào sổ (Enter)
          </button>
        </div>
      </DocumentFields>
    </form>
  );
}

/** Nhận văn bản từ tệp: drop files or a folder, check what the program read, press Enter. */
export function IntakeView() {
  const { items, selectedKey, batch } = useIntake();
  const [over, setOver] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const selected = items.find((i) => i.key === selectedKey) ?? null;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    addFiles([...event.dataTransfer.files]);
  };

  return (
    <section className="view" aria-labelledby="intake-title">
      <h1 id="intake-title">Nhận văn bản từ tệp</h1>
      <div
        className={over ? 'dropzone over' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <p>Kéo thả tệp DOCX, PDF hoặc TXT vào đây (được nhiều tệp một lúc), hoặc</p>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Chọn tệp…
        </button>{' '}
        <button type="button" onClick={() => folderInput.current?.click()}>
          Chọn cả thư mục…
        </button>
        <input ref={fileInput} type="file" multiple hidden accept=".docx,.pdf,.txt,.md,.doc" aria-label="Chọn tệp văn bản" onChange={(e) => addFiles([...(e.target.files ?? [])])} />
        <input
          ref={folderInput}
          type="file"
          hidden
          aria-label="Chọn thư mục"
          {...({ webkitdirectory: '', directory: '' } as Record<string, string>)}
          onChange={(e) => addFiles([...(e.target.files ?? [])])}
        />
      </div>
      {items.length ? (
        <div className="toolbar" style={{ marginTop: 12 }}>
          <button type="button" className="primary" onClick={() => void registerAll()} disabled={!!batch?.running}>
            Vào sổ tất cả văn bản đã đọc đủ
          </button>
          <button type="button" onClick={clearFinished}>
            Bỏ các tệp đã vào sổ khỏi danh sách
          </button>
          {batch?.running && !batch.cancelled ? (
            <button type="button" onClick={cancelBatch}>
              Dừng
            </button>
          ) : null}
        </div>
      ) : null}
      {batch ? (
        <div aria-label="Tiến độ vào sổ" data-testid="batch-progress">
          <div className="progress">
            <div style={{ width: `${batch.total ? (100 * batch.done) / batch.total : 100}%` }} />
          </div>
          <span className="muted">{batchStatus(batch)}</span>
        </div>
      ) : null}
      {items.length ? (
        <div className="intake-layout">
          <ul className="queue" aria-label="Các tệp đã nhận">
            {items.map((i) => (
              <li key={i.key} className={i.key === selectedKey ? 'selected' : ''} onClick={() => selectItem(i.key)} data-testid="intake-item">
                {i.fileName}
                <span className="state">{STATE_LABELS[i.state]}</span>
              </li>
            ))}
          </ul>
          <div>{selected ? <Review item={selected} /> : null}</div>
        </div>
      ) : null}
    </section>
  );
}
