import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { DocumentFields } from '../components/DocumentFields';
import type { DocumentForm } from '../components/documentForm';
import { ErrorBanner } from '../components/ErrorBanner';
import type { IntakeReading } from '../../../shared/ipc/intake';
import { addFiles, cancelBatch, clearFinished, editItem, registerAll, registerItem, selectItem, useIntake, type BatchProgress, type IntakeItem } from '../stores/intake';
import { navigate } from '../stores/navigation';

const STATE_LABELS: Record<IntakeItem['state'], string> = {
  waiting: 'Đang chờ đọc',
  reading: 'Đang đọc…',
  ready: 'Đã đọc – chờ xác nhận',
  unreadable: 'Không đọc được',
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

const FORMAT_LABELS: Record<IntakeReading['format'], string> = {
  docx: 'Word (DOCX)', doc: 'Word kiểu cũ (.doc)', pdf: 'PDF', text: 'Văn bản thuần', image: 'Ảnh', other: 'Định dạng chưa hỗ trợ',
};

/** How the files of a batch ended, leaving out what did not happen. */
function outcomes(batch: BatchProgress): string {
  const parts = [`${batch.registered} văn bản đã vào sổ`];
  if (batch.duplicates) parts.push(`${batch.duplicates} trùng, không vào sổ lại`);
  if (batch.unreadable) parts.push(`${batch.unreadable} tệp không đọc được`);
  if (batch.toCheck) parts.push(`${batch.toCheck} tệp cần kiểm tra lại`);
  return parts.join(', ');
}

/** The line under the progress bar, in the words of the clerk's own batch. */
function batchStatus(batch: BatchProgress): string {
  const counted = `${batch.done}/${batch.total} tệp đã xử lý`;
  if (batch.running) return batch.cancelled ? `Đang dừng sau tệp đang vào sổ… ${counted}` : `Đang vào sổ: ${counted}`;
  const files = `${batch.done}/${batch.total} tệp: ${outcomes(batch)}`;
  if (!batch.cancelled || batch.done === batch.total) return `Xong ${files}.`;
  return `Đã dừng sau ${files}; ${batch.total - batch.done} tệp chưa vào sổ. Bấm “Vào sổ tất cả văn bản đã đọc đủ” để vào sổ tiếp.`;
}

function PaperEntryButton() {
  return (
    <button type="button" className="link" onClick={() => navigate({ name: 'manualEntry' })}>
      Vào sổ văn bản giấy
    </button>
  );
}

function OpenDocumentButton({ id, label }: { id: string; label: string }) {
  return (
    <button type="button" className="link" onClick={() => navigate({ name: 'document', id })}>
      {label}
    </button>
  );
}

function Review({ item }: { item: IntakeItem }) {
  if (!item.reading || !item.form) {
    if (item.state !== 'unreadable') return <p className="muted">{item.error ?? STATE_LABELS[item.state]}</p>;
    return (
      <div>
        <h2>{item.fileName}</h2>
        <div className="banner banner-error" role="alert" data-testid="unreadable-warning">
          <span>{item.error}</span> <PaperEntryButton />
        </div>
      </div>
    );
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
        Đọc trong {Math.round(reading.tookMs)} ms · {FORMAT_LABELS[reading.format]} · {(reading.size / 1024).toFixed(0)} KB
      </p>
      {reading.unreadable ? (
        <div className="banner banner-error" role="alert" data-testid="unreadable-warning">
          <span>
            Không đọc được nội dung tệp. {reading.warnings.map((w) => w.message).join(' ')} Có thể nhập thông tin bằng tay dưới đây (tệp gốc vẫn
            được lưu kèm), hoặc
          </span>{' '}
          <PaperEntryButton />
        </div>
      ) : (
        reading.warnings.map((w) => (
          <div key={w.code} className="banner banner-warn">
            {w.message}
          </div>
        ))
      )}
      {reading.duplicate ? (
        <div className="banner banner-warn" role="status" data-testid="duplicate-warning">
          <span>
            {reading.duplicate.reason === 'file' ? 'Tệp này đã được vào sổ' : 'Đã có văn bản cùng số, ký hiệu, cơ quan ban hành và năm'}:{' '}
            {reading.duplicate.label}. Văn bản không được vào sổ lần nữa.
          </span>
          <OpenDocumentButton id={reading.duplicate.documentId} label="Mở văn bản đã có" />
        </div>
      ) : item.state === 'duplicate' ? (
        <div className="banner banner-warn" role="status" data-testid="duplicate-warning">
          <span>{item.error}</span> {item.duplicateOf ? <OpenDocumentButton id={item.duplicateOf} label="Mở văn bản đã có" /> : null}
        </div>
      ) : null}
      <ErrorBanner message={item.state === 'failed' || item.state === 'needsReview' || (item.state === 'unreadable' && item.error) ? item.error : null}>
        {item.errorCode === 'ARRIVAL_OUT_OF_ORDER' ? (
          <button type="button" onClick={() => void registerItem(item.key, { confirmEarlierArrival: true })}>
            Vẫn vào sổ với ngày đến này
          </button>
        ) : null}
      </ErrorBanner>
      {item.state === 'registered' && item.registeredId ? (
        <div className="banner banner-ok" role="status" data-testid="registered-banner">
          <span>
            Đã vào sổ với số đến <strong data-testid="given-arrival-number">{item.arrivalNumber}</strong>: hãy ghi số này lên dấu “Đến”.
          </span>{' '}
          <OpenDocumentButton id={item.registeredId} label="Mở văn bản" />
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
        <input ref={fileInput} type="file" multiple hidden accept=".docx,.pdf,.txt,.md,.doc,.jpg,.jpeg,.png" aria-label="Chọn tệp văn bản" onChange={(e) => addFiles([...(e.target.files ?? [])])} />
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
