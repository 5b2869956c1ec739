import { useEffect, useState } from 'react';
import type { BackupInfo, BackupListItem, IntegrityReport } from '../../../shared/backup/types';
import { api, errorMessage } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';

const KIND_LABELS: Record<BackupInfo['kind'], string> = {
  daily: 'Hằng ngày',
  'pre-migration': 'Trước khi nâng cấp',
  'pre-import': 'Trước khi nhập gói',
  manual: 'Sao lưu thủ công',
};

const size = (bytes: number) => (bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

function IntegrityPanel({ report }: { report: IntegrityReport }) {
  if (report.ok) {
    return (
      <div className="banner banner-ok" role="status" data-testid="integrity-ok">
        Dữ liệu nguyên vẹn (kiểm tra lúc {new Date(report.checkedAt).toLocaleString('vi-VN')}).
      </div>
    );
  }
  return (
    <div className="banner banner-error" role="alert" data-testid="integrity-problem">
      <div>
        <strong>Phát hiện vấn đề với dữ liệu.</strong>
        <ul>
          {report.problems.map((p, i) => (
            <li key={i}>{p.subject ? `${p.subject}: ` : ''}{p.detail ?? p.code}</li>
          ))}
          {report.missingBlobs.length ? <li>{report.missingBlobs.length} tệp đính kèm bị thiếu.</li> : null}
          {report.damagedBlobs.length ? <li>{report.damagedBlobs.length} tệp đính kèm bị hỏng.</li> : null}
        </ul>
        {report.latestGoodBackup ? (
          <p>Bản sao lưu tốt gần nhất: {new Date(report.latestGoodBackup.createdAt).toLocaleString('vi-VN')} ({report.latestGoodBackup.documentCount} văn bản).</p>
        ) : (
          <p>Chưa có bản sao lưu tốt nào trong thư mục dữ liệu.</p>
        )}
      </div>
    </div>
  );
}

/** Sao lưu và khôi phục: automatic backups, a verified copy to a USB stick, restore after a clear confirmation. */
export function BackupView({ recovery }: { recovery?: { message: string } | null }) {
  const [backups, setBackups] = useState<BackupListItem[]>([]);
  const [integrity, setIntegrity] = useState<IntegrityReport | null>(null);
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const reload = async () => {
    try {
      setBackups(await api.invoke('backup:list', {}));
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    }
  };
  useEffect(() => {
    void reload();
    api.invoke('backup:checkIntegrity', { hashBlobs: false }).then(setIntegrity, (e: unknown) => setMessage({ ok: false, text: errorMessage(e) }));
  }, []);

  async function run(label: string, action: () => Promise<string>) {
    setBusy(label);
    setMessage(null);
    try {
      setMessage({ ok: true, text: await action() });
      await reload();
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  }

  const restore = (file: string, createdAt: string) =>
    run('restore', async () => {
      const when = new Date(createdAt).toLocaleString('vi-VN');
      if (!window.confirm(`Khôi phục dữ liệu về bản sao lưu lúc ${when}?\n\nDữ liệu hiện tại sẽ được chuyển sang một thư mục riêng (không bị xóa). Những gì nhập sau thời điểm này sẽ không còn trong kho.`)) {
        return 'Đã hủy khôi phục.';
      }
      const result = await api.invoke('backup:restore', { file, confirmed: true });
      return `Đã khôi phục dữ liệu về bản sao lưu lúc ${when}.${result.replacedDir ? ` Dữ liệu cũ được giữ tại ${result.replacedDir}.` : ''} Hãy tải lại trang.`;
    });

  return (
    <section className="view" aria-labelledby="backup-title">
      <h1 id="backup-title">Sao lưu và khôi phục</h1>
      {recovery ? (
        <div className="banner banner-error" role="alert" data-testid="recovery-mode">
          <div>
            <strong>Không mở được kho văn bản.</strong> {recovery.message} Chương trình đang ở chế độ khôi phục: hãy chọn một bản sao lưu bên dưới để khôi phục.
          </div>
        </div>
      ) : null}
      {integrity ? <IntegrityPanel report={integrity} /> : null}
      {message ? (
        message.ok ? (
          <div className="banner banner-ok" role="status">
            {message.text}
          </div>
        ) : (
          <ErrorBanner message={message.text} />
        )
      ) : null}
      {recovery ? null : (
        <div className="toolbar">
          <button type="button" className="primary" disabled={!!busy} onClick={() => void run('create', async () => `Đã sao lưu: ${(await api.invoke('backup:create', { kind: 'manual' })).file}`)}>
            {busy === 'create' ? 'Đang sao lưu…' : 'Sao lưu ngay'}
          </button>
          <input aria-label="Thư mục USB" placeholder="Thư mục trên USB, ví dụ E:\\SaoLuu" value={folder} onChange={(e) => setFolder(e.target.value)} style={{ minWidth: 280 }} />
          <button
            type="button"
            disabled={!!busy || !folder.trim()}
            onClick={() => void run('usb', async () => `Đã sao lưu ra USB và kiểm tra lại: ${(await api.invoke('backup:exportTo', { folder })).file}. Có thể rút USB.`)}
          >
            {busy === 'usb' ? 'Đang ghi ra USB…' : 'Sao lưu ra USB'}
          </button>
        </div>
      )}
      <h2>Các bản sao lưu</h2>
      <table className="register-table" data-testid="backup-list">
        <thead>
          <tr>
            <th>Thời điểm</th>
            <th>Loại</th>
            <th>Số văn bản</th>
            <th>Dung lượng</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {backups.map((b) => (
            <tr key={b.file}>
              <td>{b.info ? new Date(b.info.createdAt).toLocaleString('vi-VN') : b.file}</td>
              <td>{b.info ? KIND_LABELS[b.info.kind] : 'Không đọc được'}</td>
              <td>{b.info?.documentCount ?? '—'}</td>
              <td>{b.info ? size(b.info.sizeBytes) : '—'}</td>
              <td>
                {b.info ? (
                  <button type="button" disabled={!!busy} onClick={() => void restore(b.file, b.info!.createdAt)}>
                    Khôi phục
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {backups.length === 0 ? <p className="empty">Chưa có bản sao lưu nào. Chương trình tự sao lưu mỗi ngày khi đang chạy.</p> : null}
    </section>
  );
}
