import { useState } from 'react';
import { api, errorMessage } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { loadAppStatus, useAppStatus } from '../stores/appStatus';

const QUESTIONS = {
  replaced: 'Xác nhận máy này THAY THẾ máy cũ?\n\nChỉ chọn khi máy cũ không còn dùng chương trình này để trao đổi gói nữa. Nếu cả hai máy cùng gửi gói, LĐLĐ tỉnh sẽ phải từ chối gói của cả hai.',
  copy: 'Xác nhận máy này là BẢN SAO, dùng song song với máy cũ?\n\nMáy này sẽ có mã thiết bị mới và cần LĐLĐ tỉnh cấp chứng thư mới trước khi trao đổi gói. Những gì đã ghi trên máy này từ khi chép sang sẽ được gửi đi dưới mã mới.',
} as const;

/**
 * Shown above every screen when the data folder has come from another PC: exchange stays stopped until the clerk
 * says whether this PC replaces the old one or is a copy used beside it (main/sync/machine.ts).
 */
export function MachineBanner() {
  const change = useAppStatus((s) => s.machineChange);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const answer = async (choice: keyof typeof QUESTIONS) => {
    if (!window.confirm(QUESTIONS[choice])) return;
    try {
      await api.invoke('sync:answerMachineChange', { answer: choice });
      setDone(
        choice === 'copy'
          ? 'Máy này đã có mã thiết bị mới. Hãy vào “Trao đổi gói” tạo yêu cầu chứng thư và gửi LĐLĐ tỉnh ký. Hai máy đang giữ cùng một sổ văn bản đi: chỉ nên cấp số văn bản đi trên một máy để không trùng số.'
          : 'Đã ghi nhận máy này thay máy cũ; việc trao đổi gói tiếp tục như trước.',
      );
      setError(null);
      await loadAppStatus();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  if (done) {
    return (
      <div className="banner banner-ok" role="status" data-testid="machine-answered">
        <span>{done}</span>
        <button type="button" onClick={() => setDone(null)}>
          Đã hiểu
        </button>
      </div>
    );
  }
  if (!change) return null;
  return (
    <aside className="banner banner-warn" role="alert" data-testid="machine-banner">
      <div>
        <p>
          Dữ liệu văn thư này đang mở trên một máy tính khác với máy đã dùng trước đây (thư mục dữ liệu được chép sang, hoặc đã thay máy).
          Việc trao đổi gói tạm dừng để hai máy không gửi đi những dữ liệu trùng số thứ tự. Máy này là:
        </p>
        <div className="toolbar">
          <button type="button" onClick={() => void answer('replaced')}>
            Máy thay thế: máy cũ không dùng nữa
          </button>
          <button type="button" onClick={() => void answer('copy')}>
            Bản sao: máy cũ vẫn tiếp tục dùng
          </button>
        </div>
        {error ? <ErrorBanner message={error} /> : null}
      </div>
    </aside>
  );
}
