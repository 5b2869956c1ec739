import { todayIso } from '../../../shared/text/dates';
import { showDate } from '../components/format';
import { useAppStatus } from '../stores/appStatus';

const moment = (iso: string) => {
  const at = new Date(iso);
  return `${showDate(todayIso(at))} lúc ${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
};

/** Shown while this PC's clock is behind what the archive already recorded: dates written now would be wrong. */
export function ClockBanner() {
  const clock = useAppStatus((s) => s.clock);
  if (!clock) return null;
  return (
    <aside className="banner banner-warn" role="alert" data-testid="clock-banner">
      <span>
        Đồng hồ máy tính đang chỉ {moment(clock.now)}, sớm hơn lần ghi gần nhất vào kho ({moment(clock.latestRecordedAt)}). Ngày đến, số đến
        và thời hạn giải quyết ghi từ bây giờ sẽ sai ngày. Hãy chỉnh lại ngày giờ của máy tính rồi mở lại chương trình.
      </span>
    </aside>
  );
}
