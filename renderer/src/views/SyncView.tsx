import { useEffect, useRef, useState } from 'react';
import type { ImportOutcome, JournalEntry, SyncStatus } from '../../../shared/ipc/sync';
import { api, errorMessage, fieldErrorsOf } from '../api/client';
import { base64OfFile } from '../api/files';
import { Field } from '../components/Field';
import { useProfile } from '../stores/profile';

/** What the last action gave: a success, or a refusal/error, with one line per file for imports. */
type Message = { ok: boolean; text: string; lines?: string[] } | null;

// An applied bundle's message already says "Đã nhập …".
const OUTCOME_WORD: Record<ImportOutcome['status'], string | null> = { applied: null, duplicate: 'Đã có', rejected: 'Bị từ chối', skipped: 'Bỏ qua' };

/** What became of a file, as the banner and the journal say it: "Đã có: Gói này đã được nhập trước đó; …". */
const outcomeText = (status: ImportOutcome['status'], message: string) => `${OUTCOME_WORD[status] ? `${OUTCOME_WORD[status]}: ` : ''}${message}`;

/** The banner after an import: red as soon as one file was refused, with every file and what became of it. */
function importMessage(outcomes: ImportOutcome[]): Message {
  if (outcomes.length === 0) return { ok: true, text: 'Không có tệp gói (.ctb) nào trong thư mục.' };
  const refused = outcomes.filter((o) => o.status === 'rejected').length;
  const lines = outcomes.map((o) => `${o.fileName} — ${outcomeText(o.status, o.message)}`);
  if (outcomes.length === 1 && outcomes[0]) return { ok: !refused, text: refused ? `Gói ${outcomes[0].fileName} bị từ chối. ${outcomes[0].message}` : outcomes[0].message };
  return { ok: !refused, text: refused ? `${refused}/${outcomes.length} tệp gói bị từ chối; kho văn bản không nhận gì từ các tệp đó. Lý do và việc cần làm ở từng tệp:` : `Đã xử lý ${outcomes.length} tệp gói:`, lines };
}

function MessageBanner({ message }: { message: Message }) {
  if (!message) return null;
  return (
    <div className={`banner ${message.ok ? 'banner-ok' : 'banner-error'}`} role={message.ok ? 'status' : 'alert'}>
      <div>
        <span>{message.text}</span>
        {message.lines ? (
          <ul className="banner-lines">
            {message.lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

function useFilePicker(onFile: (file: File) => void) {
  const ref = useRef<HTMLInputElement>(null);
  const input = (label: string, accept: string) => (
    <input ref={ref} type="file" hidden accept={accept} aria-label={label} onChange={(e) => e.target.files?.[0] && onFile(e.target.files[0])} />
  );
  return { open: () => ref.current?.click(), input };
}

function SetUp({ status, reload, say }: { status: SyncStatus; reload: () => void; say: (m: Message) => void }) {
  const profile = useProfile((s) => s.profile);
  const [unitCode, setUnitCode] = useState(status.unitCode ?? '');
  const [unitName, setUnitName] = useState(status.unitName ?? profile?.officeName ?? '');
  const [passphrase, setPassphrase] = useState('');
  const [pending, setPending] = useState<{ content: string; fingerprint: string; unitCode: string; forThisDevice: boolean } | null>(null);
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const certificate = useFilePicker(async (file) => {
    try {
      const content = await base64OfFile(file);
      const info = await api.invoke('sync:readCertificate', { certificateContent: content });
      setPending({ content, fingerprint: info.rootFingerprint, unitCode: info.unitCode, forThisDevice: info.forThisDevice });
    } catch (e) {
      say({ ok: false, text: errorMessage(e) });
    }
  });
  const run = async (work: () => Promise<string>) => {
    try {
      say({ ok: true, text: await work() });
      setErrors({});
      reload();
    } catch (e) {
      setErrors(fieldErrorsOf(e));
      say({ ok: false, text: errorMessage(e) });
    }
  };
  const isProvince = profile?.role === 'province';
  // A province PC that already pins the root (a copy, a new PC, a restore) certifies itself with the root key.
  const needsRoot = isProvince && !status.rootFingerprint;
  return (
    <section className="card" aria-label="Thiết lập trao đổi gói">
      <h2>Thiết lập trao đổi gói</h2>
      <div className="form-grid">
        <Field label="Mã đơn vị trong danh bạ của LĐLĐ tỉnh" error={errors.unitCode} hint="Ví dụ: CD-TP; LĐLĐ tỉnh dùng mã của chính mình, ví dụ LDLD-LC">
          <input value={unitCode} onChange={(e) => setUnitCode(e.target.value)} />
        </Field>
        <Field label="Tên đơn vị" error={errors.unitName}>
          <input value={unitName} onChange={(e) => setUnitName(e.target.value)} />
        </Field>
      </div>
      {needsRoot ? (
        <div className="form-grid">
          <Field label="Mật khẩu khóa gốc" error={errors.passphrase} hint="Ít nhất 10 ký tự; cất giữ cùng tệp khóa gốc, ngoài máy tính">
            <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          </Field>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() =>
                void run(async () => {
                  const r = await api.invoke('sync:createRoot', { unitCode, unitName, passphrase });
                  return `Đã tạo khóa gốc. Dấu vân tay (in vào công văn gửi các đơn vị): ${r.fingerprint}. Tệp khóa gốc: ${r.keyFile ?? ''} — hãy chép ra USB, cất giữ ngoài máy.`;
                })
              }
            >
              Tạo khóa gốc của tỉnh
            </button>
          </div>
        </div>
      ) : (
        <div className="toolbar">
          {isProvince ? <p className="muted">Máy này đã giữ khóa công khai của tỉnh nhưng chưa có chứng thư: tạo yêu cầu, ký yêu cầu bằng khóa gốc ở mục “Cấp chứng thư cho đơn vị” bên dưới, rồi cài chứng thư vừa ký.</p> : null}
          <button type="button" onClick={() => void run(async () => `Đã tạo tệp yêu cầu chứng thư: ${(await api.invoke('sync:createRequest', { unitCode, unitName })).requestFile ?? ''}. Hãy gửi tệp này cho LĐLĐ tỉnh.`)}>
            1. Tạo yêu cầu chứng thư
          </button>
          <button type="button" onClick={certificate.open}>
            2. Cài chứng thư do tỉnh cấp…
          </button>
          {certificate.input('Tệp chứng thư', '.json')}
        </div>
      )}
      {pending ? (
        <div className="banner banner-warn" role="dialog" aria-label="Xác nhận dấu vân tay">
          <div>
            <p>
              Chứng thư cho đơn vị <strong>{pending.unitCode}</strong>
              {pending.forThisDevice ? '' : ' (KHÔNG phải cho máy này)'}. Dấu vân tay khóa gốc của tỉnh:
            </p>
            <p className="fingerprint">{pending.fingerprint}</p>
            <p>Hãy gõ lại dấu vân tay in trên công văn của LĐLĐ tỉnh để xác nhận:</p>
            <Field label="Dấu vân tay trên công văn" error={errors.confirmedFingerprint}>
              <input value={typed} onChange={(e) => setTyped(e.target.value)} style={{ width: '100%' }} />
            </Field>
            <button
              type="button"
              className="primary"
              onClick={() =>
                void run(async () => {
                  const r = await api.invoke('sync:installCertificate', { certificateContent: pending.content, confirmedFingerprint: typed });
                  setPending(null);
                  return `Đã cài chứng thư cho ${r.unitCode}, hiệu lực đến ${new Date(r.notAfter).toLocaleDateString('vi-VN')}.`;
                })
              }
            >
              Xác nhận và cài đặt
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

function SignRequests({ say }: { say: (m: Message) => void }) {
  const [request, setRequest] = useState<{ name: string; content: string } | null>(null);
  const [rootKey, setRootKey] = useState<{ name: string; content: string } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const requestPicker = useFilePicker(async (f) => setRequest({ name: f.name, content: await base64OfFile(f) }));
  const keyPicker = useFilePicker(async (f) => setRootKey({ name: f.name, content: await base64OfFile(f) }));
  return (
    <section className="card" aria-label="Cấp chứng thư cho đơn vị">
      <h2>Cấp chứng thư cho đơn vị</h2>
      <div className="toolbar">
        <button type="button" onClick={requestPicker.open}>
          Chọn tệp yêu cầu… {request ? `(${request.name})` : ''}
        </button>
        {requestPicker.input('Tệp yêu cầu chứng thư', '.json')}
        <button type="button" onClick={keyPicker.open}>
          Chọn tệp khóa gốc… {rootKey ? `(${rootKey.name})` : ''}
        </button>
        {keyPicker.input('Tệp khóa gốc', '.json')}
        <input type="password" aria-label="Mật khẩu khóa gốc để ký" placeholder="Mật khẩu khóa gốc" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        <button
          type="button"
          className="primary"
          disabled={!request || !rootKey || !passphrase}
          onClick={() =>
            void api
              .invoke('sync:signRequest', { requestContent: request!.content, rootKeyContent: rootKey!.content, passphrase, validDays: 730 })
              .then((r) => say({ ok: true, text: `Đã cấp chứng thư cho ${r.unitCode}: ${r.certificateFile ?? ''}. Gửi tệp này lại cho đơn vị.` }), (e: unknown) => say({ ok: false, text: errorMessage(e) }))
          }
        >
          Ký cấp chứng thư
        </button>
      </div>
    </section>
  );
}

/** Trao đổi gói: set-up, export to a USB stick or folder, import, the relay, and the journal of every bundle. */
export function SyncView() {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [journal, setJournal] = useState<JournalEntry[]>([]);
  const [folder, setFolder] = useState('');
  const [relay, setRelay] = useState('');
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const profile = useProfile((s) => s.profile);
  const reload = () => {
    api.invoke('sync:status', {}).then((s) => {
      setStatus(s);
      setRelay((r) => r || s.relayUrl || '');
    }, (e: unknown) => setMessage({ ok: false, text: errorMessage(e) }));
    api.invoke('sync:journal', {}).then(setJournal, () => undefined);
  };
  useEffect(reload, []);
  const bundlePicker = useFilePicker(async (file) => {
    await act(async () => importMessage([await api.invoke('sync:importFile', { fileName: file.name, contentBase64: await base64OfFile(file) })]));
  });
  async function act(work: () => Promise<string | Message>) {
    setBusy(true);
    setMessage(null);
    try {
      const done = await work();
      setMessage(typeof done === 'string' ? { ok: true, text: done } : done);
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    } finally {
      setBusy(false);
      reload();
    }
  }
  if (!status) return <p className="muted">Đang tải…</p>;
  return (
    <section className="view" aria-labelledby="sync-title">
      <h1 id="sync-title">Trao đổi gói văn bản</h1>
      <p className="muted">
        {status.setUp
          ? `Máy này: ${status.unitName ?? ''} (${status.unitCode}). Chứng thư hiệu lực đến ${status.certificateExpires ? new Date(status.certificateExpires).toLocaleDateString('vi-VN') : '—'}. Dấu vân tay khóa gốc: ${status.rootFingerprint}`
          : 'Máy này chưa được thiết lập để trao đổi gói.'}
      </p>
      <MessageBanner message={message} />
      {status.alerts.length ? <div className="banner banner-error" role="alert">Cảnh báo an toàn: đã phát hiện gói giả mạo hoặc mâu thuẫn ({status.alerts.length}). Hãy báo cho LĐLĐ tỉnh.</div> : null}
      {status.setUp ? null : <SetUp status={status} reload={reload} say={setMessage} />}
      {profile?.role === 'province' && (status.setUp || status.rootFingerprint) ? <SignRequests say={setMessage} /> : null}
      {status.setUp ? (
        <>
          <section className="card" aria-label="Xuất và nhập gói">
            <h2>Qua USB hoặc thư mục</h2>
            <div className="toolbar">
              <input aria-label="Thư mục USB" placeholder="Thư mục trên USB, ví dụ E:\TraoDoi" value={folder} onChange={(e) => setFolder(e.target.value)} style={{ minWidth: 280 }} />
              <button type="button" className="primary" disabled={busy || !folder.trim()} onClick={() => void act(async () => {
                const out = await api.invoke('sync:export', { folder });
                return `Đã ghi ${out.length} gói và đọc lại kiểm tra: ${out.map((o) => `${o.fileName} (${o.ops} thao tác)`).join('; ')}. Có thể rút USB an toàn.`;
              })}>
                Xuất gói cho các đơn vị
              </button>
              <button type="button" disabled={busy || !folder.trim()} onClick={() => void act(async () => importMessage(await api.invoke('sync:importFolder', { folder })))}>
                Nhập các gói trong thư mục
              </button>
              <button type="button" disabled={busy} onClick={bundlePicker.open}>
                Nhập một tệp gói…
              </button>
              {bundlePicker.input('Tệp gói trao đổi', '.ctb')}
            </div>
          </section>
          <section className="card" aria-label="Qua mạng">
            <h2>Qua mạng (khi có đường truyền)</h2>
            <div className="toolbar">
              <input aria-label="Địa chỉ máy chủ trung chuyển" placeholder="http://may-chu:8787" value={relay} onChange={(e) => setRelay(e.target.value)} style={{ minWidth: 280 }} />
              <button type="button" onClick={() => void act(async () => {
                await api.invoke('sync:setRelay', { url: relay });
                return 'Đã lưu địa chỉ máy chủ trung chuyển. Chương trình sẽ tự trao đổi khi có mạng.';
              })}>
                Lưu
              </button>
              <button type="button" disabled={busy || !status.relayUrl} onClick={() => void act(async () => {
                const r = await api.invoke('sync:syncNow', {});
                if (r.error) throw new Error(r.error);
                return `Đã gửi ${r.pushed} gói, nhận ${r.pulled.length} gói.`;
              })}>
                Trao đổi ngay
              </button>
            </div>
          </section>
        </>
      ) : null}
      <h2>Các đơn vị trao đổi</h2>
      <table className="register-table" data-testid="peer-status">
        <thead>
          <tr>
            <th>Đơn vị</th>
            <th>Gửi gần nhất</th>
            <th>Đã xác nhận</th>
            <th>Đang chờ gửi</th>
            <th>Nhận gần nhất</th>
            <th>Gói bị từ chối</th>
          </tr>
        </thead>
        <tbody>
          {status.peers.map((p) => (
            <tr key={p.unitCode}>
              <td>{p.unitName === p.unitCode ? p.unitCode : `${p.unitName} (${p.unitCode})`}</td>
              <td>{p.lastExport ? `${new Date(p.lastExport.at).toLocaleString('vi-VN')} (${p.lastExport.ops} thao tác)` : '—'}</td>
              <td>đến thao tác #{p.acked}</td>
              <td>{p.waiting}</td>
              <td>{p.lastImport ? new Date(p.lastImport.at).toLocaleString('vi-VN') : '—'}</td>
              <td className={p.rejected ? 'st-overdue' : ''}>{p.rejected}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Nhật ký nhập gói</h2>
      <table className="register-table" data-testid="import-journal">
        <thead>
          <tr>
            <th>Thời điểm</th>
            <th>Tệp</th>
            <th>Từ đơn vị</th>
            <th>Kết quả</th>
          </tr>
        </thead>
        <tbody>
          {journal.map((j) => (
            <tr key={j.id}>
              <td>{new Date(j.receivedAt).toLocaleString('vi-VN')}</td>
              <td>{j.fileName}</td>
              <td>{j.sender ?? '—'}</td>
              <td className={j.status === 'rejected' ? 'st-overdue' : ''}>{outcomeText(j.status, j.message)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
