import { useEffect, useState } from 'react';
import type { TrackingOverview, UnitOverview } from '../../../shared/ipc/tracking';
import { addDays, todayIso } from '../../../shared/text/dates';
import { api, errorMessage } from '../api/client';
import { DateInput } from '../components/DateInput';
import { ErrorBanner } from '../components/ErrorBanner';
import { navigate } from '../stores/navigation';

const SERIES: { key: keyof Pick<UnitOverview, 'repliedOnTime' | 'repliedLate' | 'overdue' | 'pending'>; label: string; color: string }[] = [
  { key: 'repliedOnTime', label: 'Đúng hạn', color: '#2e7d32' },
  { key: 'repliedLate', label: 'Muộn', color: '#ef8f00' },
  { key: 'overdue', label: 'Quá hạn chưa báo cáo', color: '#c62828' },
  { key: 'pending', label: 'Chưa đến hạn', color: '#90a4ae' },
];

/** A horizontal stacked bar per unit; plain SVG, so it prints and needs no chart library. */
function OverviewChart({ units }: { units: UnitOverview[] }) {
  const max = Math.max(1, ...units.map((u) => u.repliedOnTime + u.repliedLate + u.overdue + u.pending));
  const rowHeight = 26;
  const labelWidth = 260;
  const width = 820;
  const scale = (width - labelWidth - 40) / max;
  return (
    <svg role="img" aria-label="Biểu đồ tình hình báo cáo theo đơn vị" width={width} height={units.length * rowHeight + 40} data-testid="overview-chart">
      {units.map((u, i) => {
        let x = labelWidth;
        return (
          <g key={u.unitCode} transform={`translate(0, ${i * rowHeight})`}>
            <text x={labelWidth - 8} y={17} textAnchor="end" fontSize="13">
              {u.unitName.length > 36 ? `${u.unitName.slice(0, 35)}…` : u.unitName}
            </text>
            {SERIES.map((s) => {
              const w = u[s.key] * scale;
              const rect = w > 0 ? <rect key={s.key} x={x} y={4} width={w} height={18} fill={s.color}><title>{`${s.label}: ${u[s.key]}`}</title></rect> : null;
              x += w;
              return rect;
            })}
          </g>
        );
      })}
      <g transform={`translate(${labelWidth}, ${units.length * rowHeight + 14})`}>
        {SERIES.map((s, i) => (
          <g key={s.key} transform={`translate(${i * 140}, 0)`}>
            <rect width={12} height={12} fill={s.color} />
            <text x={16} y={11} fontSize="12">
              {s.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}

export function TrackingOverviewView() {
  const [from, setFrom] = useState(addDays(todayIso(), -365));
  const [to, setTo] = useState(todayIso());
  const [data, setData] = useState<TrackingOverview | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    api.invoke('tracking:overview', { from, to }).then(setData, (e: unknown) => setMessage({ ok: false, text: errorMessage(e) }));
  }, [from, to]);
  async function exportXlsx() {
    try {
      const file = await api.invoke('tracking:exportOverview', { from, to });
      if (file) setMessage({ ok: true, text: `Đã xuất Excel: ${file.path}` });
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    }
  }
  return (
    <section className="view" aria-labelledby="ov-title">
      <div className="toolbar">
        <button type="button" onClick={() => navigate({ name: 'tracking' })}>
          ← Theo dõi văn bản chỉ đạo
        </button>
      </div>
      <h1 id="ov-title">Tổng hợp tình hình báo cáo theo đơn vị</h1>
      <div className="toolbar">
        <label>
          Từ ngày <DateInput aria-label="Từ ngày" value={from} onChange={setFrom} />
        </label>
        <label>
          đến ngày <DateInput aria-label="Đến ngày" value={to} onChange={setTo} />
        </label>
        <button type="button" onClick={() => void exportXlsx()}>
          Xuất Excel
        </button>
      </div>
      {message ? message.ok ? <div className="banner banner-ok" role="status">{message.text}</div> : <ErrorBanner message={message.text} /> : null}
      {data ? (
        <>
          <p className="muted">{data.directives} văn bản chỉ đạo trong kỳ.</p>
          <OverviewChart units={data.units} />
          <table className="register-table" data-testid="overview-table">
            <thead>
              <tr>
                <th>Đơn vị</th>
                <th>Văn bản nhận</th>
                <th>Phải báo cáo</th>
                <th>Đúng hạn</th>
                <th>Muộn</th>
                <th>Quá hạn chưa báo cáo</th>
                <th>Chưa đến hạn</th>
              </tr>
            </thead>
            <tbody>
              {data.units.map((u) => (
                <tr key={u.unitCode}>
                  <td>{u.unitName}</td>
                  <td>{u.directives}</td>
                  <td>{u.due}</td>
                  <td>{u.repliedOnTime}</td>
                  <td>{u.repliedLate}</td>
                  <td className={u.overdue ? 'st-overdue' : ''}>{u.overdue}</td>
                  <td>{u.pending}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
