import { useEffect, useRef, useState, type FormEvent } from 'react';
import { UNIT_KIND_LABELS, UNIT_KINDS, type Unit } from '../../../shared/domain/units';
import type { UnitImportReport } from '../../../shared/ipc/units';
import { api, errorMessage, fieldErrorsOf } from '../api/client';
import { base64OfFile } from '../api/files';
import { ErrorBanner } from '../components/ErrorBanner';
import { Field } from '../components/Field';

const EMPTY = { code: '', name: '', shortName: '', parentCode: '', kind: 'grassroots' as Unit['kind'], place: '', contact: '', active: true };

/** Danh bạ đơn vị: the offices this one writes to, importable from a spreadsheet. */
export function UnitsView() {
  const [units, setUnits] = useState<Unit[]>([]);
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [report, setReport] = useState<UnitImportReport | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = () => api.invoke('units:list', { includeInactive: true }).then(setUnits, (e: unknown) => setMessage(errorMessage(e)));
  useEffect(() => {
    void reload();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await api.invoke('units:save', form);
      setForm(EMPTY);
      setErrors({});
      setMessage(null);
      await reload();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setMessage(errorMessage(error));
    }
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    try {
      setReport(await api.invoke('units:import', { fileName: file.name, contentBase64: await base64OfFile(file) }));
      setMessage(null);
      await reload();
    } catch (error) {
      setMessage(errorMessage(error));
    }
  }

  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  return (
    <section className="view" aria-labelledby="units-title">
      <header className="view-header">
        <h1 id="units-title">Danh bạ đơn vị</h1>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Nhập từ Excel/CSV…
        </button>
        <input ref={fileInput} type="file" hidden accept=".xlsx,.csv" aria-label="Tệp danh sách đơn vị" onChange={(e) => void importFile(e.target.files?.[0])} />
      </header>
      <p className="muted">Tệp cần dòng tiêu đề với các cột: Mã, Tên đơn vị, Tên viết tắt, Cấp trên (mã), Loại, Địa bàn, Liên hệ, Còn hoạt động.</p>
      <ErrorBanner message={message} onClose={() => setMessage(null)} />
      {report ? (
        <div className={report.errors.length ? 'banner banner-warn' : 'banner banner-ok'} role="status" data-testid="units-import-report">
          <div>
            Đã thêm {report.added}, cập nhật {report.updated} đơn vị.
            {report.errors.length ? ` ${report.errors.length} dòng bị bỏ qua:` : ''}
            <ul>
              {report.errors.map((e) => (
                <li key={e.row}>
                  Dòng {e.row}: {e.message}
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <form className="form-grid" onSubmit={submit} noValidate aria-label="Thêm hoặc sửa đơn vị">
        <Field label="Mã đơn vị *" error={errors.code}>
          <input value={form.code} onChange={set('code')} />
        </Field>
        <Field label="Tên đơn vị *" error={errors.name}>
          <input value={form.name} onChange={set('name')} />
        </Field>
        <Field label="Cấp trên (mã)" error={errors.parentCode}>
          <input value={form.parentCode} onChange={set('parentCode')} />
        </Field>
        <Field label="Loại đơn vị" error={errors.kind}>
          <select value={form.kind} onChange={set('kind')}>
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {UNIT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Địa bàn" error={errors.place}>
          <input value={form.place} onChange={set('place')} />
        </Field>
        <Field label="Liên hệ" error={errors.contact}>
          <input value={form.contact} onChange={set('contact')} />
        </Field>
        <div className="span-2 actions">
          <button type="submit" className="primary">
            Lưu đơn vị
          </button>
        </div>
      </form>
      <table className="register-table" data-testid="units-table" style={{ marginTop: 16 }}>
        <thead>
          <tr>
            <th>Mã</th>
            <th>Tên đơn vị</th>
            <th>Loại</th>
            <th>Cấp trên</th>
            <th>Địa bàn</th>
            <th>Liên hệ</th>
            <th>Tình trạng</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.id} className="doc-row" onClick={() => setForm({ ...u, parentCode: u.parentCode ?? '' })}>
              <td>{u.code}</td>
              <td>{u.name}</td>
              <td>{UNIT_KIND_LABELS[u.kind]}</td>
              <td>{u.parentCode ?? ''}</td>
              <td>{u.place}</td>
              <td>{u.contact}</td>
              <td>{u.active ? 'Đang hoạt động' : 'Đã giải thể / ngừng'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
