import { useState } from 'react';
import type { AttachmentInfo, OpenedAttachment } from '../../../../shared/ipc/archiveTypes';
import { api, errorMessage } from '../../api/client';

const ROLE_LABELS: Record<string, string> = {
  original: 'Tệp gốc',
  issued: 'Bản ban hành',
  annex: 'Tệp kèm theo',
};

function sizeText(size: number): string {
  if (size < 1024) return `${size} byte`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024).toLocaleString('vi-VN')} KB`;
  return `${(size / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/** Browser mode: the verified bytes come back and the page hands them to the browser as a download. */
function download(file: Extract<OpenedAttachment, { opened: false }>): void {
  const binary = atob(file.contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Every file the document keeps (received original, issued DOCX, annexes): open it or save a copy. */
export function DocumentFiles({ files }: { files: AttachmentInfo[] }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function open(file: AttachmentInfo) {
    setMessage(null);
    try {
      const result = await api.invoke('attachments:open', { id: file.id });
      if (result.opened) setMessage({ ok: true, text: `Đã mở ${result.fileName}.` });
      else {
        download(result);
        setMessage({ ok: true, text: `Đã tải xuống ${result.fileName}.` });
      }
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    }
  }
  async function save(file: AttachmentInfo) {
    setMessage(null);
    try {
      const saved = await api.invoke('attachments:save', { id: file.id });
      if (saved) setMessage({ ok: true, text: `Đã lưu bản sao: ${saved.path}` });
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    }
  }
  return (
    <section className="card" aria-label="Tệp văn bản">
      <h2>Tệp văn bản</h2>
      {files.length === 0 ? (
        <p className="muted">Văn bản này không có tệp đính kèm (vào sổ từ văn bản giấy).</p>
      ) : (
        <ul className="link-list" data-testid="document-files">
          {files.map((f) => (
            <li key={f.id}>
              <span className="tag">{ROLE_LABELS[f.role] ?? 'Tệp'}</span> {f.originalName} <span className="muted">({sizeText(f.size)})</span>{' '}
              {f.missing === 'awaited' ? (
                <span className="field-error" data-testid="file-awaited">
                  Chưa có tệp (thiếu tệp đính kèm): sẽ có khi nhập gói tiếp theo từ nơi gửi.
                </span>
              ) : f.missing === 'lost' ? (
                <span className="field-error" data-testid="file-lost">
                  Tệp không còn trong kho trên máy này. Hãy khôi phục bản sao lưu gần nhất, hoặc xin lại tệp từ nơi gửi.
                </span>
              ) : (
                <>
                  <button type="button" onClick={() => void open(f)} aria-label={`Mở ${f.originalName}`}>
                    Mở
                  </button>{' '}
                  <button type="button" onClick={() => void save(f)} aria-label={`Lưu bản sao ${f.originalName}`}>
                    Lưu bản sao
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {message ? (
        <p className={message.ok ? 'save-state' : 'field-error'} role="status">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
