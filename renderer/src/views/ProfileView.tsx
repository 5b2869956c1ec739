import { useState, type FormEvent } from 'react';
import type { OfficeProfile } from '../../../shared/domain/office';
import { api, ApiError, errorMessage } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { Field } from '../components/Field';
import { loadProfile, useProfile } from '../stores/profile';

const DEFAULT_PRESETS: OfficeProfile['signerPresets'] = [
  { signingAuthority: 'TM. BAN THƯỜNG VỤ', signerTitle: 'CHỦ TỊCH', signerName: '' },
  { signingAuthority: 'TM. BAN THƯỜNG VỤ', signerTitle: 'PHÓ CHỦ TỊCH', signerName: '' },
  { signingAuthority: 'KT. CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', signerName: '' },
];

/** Thông tin cơ quan: asked on first run, editable later. */
export function ProfileView({ firstRun }: { firstRun: boolean }) {
  const current = useProfile((s) => s.profile);
  const [form, setForm] = useState({
    officeName: current?.officeName ?? '',
    parentName: current?.parentName ?? '',
    placeName: current?.placeName ?? '',
    unitCode: current?.unitCode ?? '',
    role: current?.role ?? 'office',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await api.invoke('profile:save', {
        ...current,
        ...form,
        role: form.role as OfficeProfile['role'],
        signerPresets: current?.signerPresets.length ? current.signerPresets : DEFAULT_PRESETS,
      });
      setErrors({});
      setMessage(null);
      setSaved(true);
      await loadProfile();
    } catch (error) {
      setErrors(error instanceof ApiError && error.fields ? error.fields : {});
      setMessage(errorMessage(error));
    }
  }

  return (
    <section className={firstRun ? 'view first-run' : 'view'} aria-labelledby="profile-title">
      <h1 id="profile-title">{firstRun ? 'Chào mừng! Hãy thiết lập thông tin cơ quan' : 'Thông tin cơ quan'}</h1>
      {firstRun ? (
        <p className="muted">Các thông tin này dùng cho tiêu đề văn bản, ký hiệu và sổ đăng ký. Có thể sửa lại sau.</p>
      ) : null}
      <ErrorBanner message={message} />
      {saved && !firstRun ? <div className="banner banner-ok">Đã lưu thông tin cơ quan.</div> : null}
      <form className="form-grid" onSubmit={submit} noValidate>
        <Field label="Tên cơ quan *" error={errors.officeName} hint="Như in trên tiêu đề, ví dụ: LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU">
          <input value={form.officeName} onChange={set('officeName')} />
        </Field>
        <Field label="Cơ quan chủ quản" error={errors.parentName} hint="Ví dụ: TỔNG LĐLĐ VIỆT NAM (để trống nếu không có)">
          <input value={form.parentName} onChange={set('parentName')} />
        </Field>
        <Field label="Địa danh *" error={errors.placeName} hint="Dùng cho dòng “Lai Châu, ngày … tháng … năm …”">
          <input value={form.placeName} onChange={set('placeName')} />
        </Field>
        <Field label="Mã đơn vị (viết tắt trong ký hiệu) *" error={errors.unitCode} hint="Ví dụ: LĐLĐ, CĐN, CĐCS">
          <input value={form.unitCode} onChange={set('unitCode')} />
        </Field>
        <Field label="Vai trò" error={errors.role}>
          <select value={form.role} onChange={set('role')}>
            <option value="office">Đơn vị cấp dưới (nhận chỉ đạo, gửi báo cáo)</option>
            <option value="province">LĐLĐ tỉnh (ban hành chỉ đạo, tổng hợp báo cáo)</option>
          </select>
        </Field>
        <div className="span-2 actions">
          <button type="submit" className="primary">
            {firstRun ? 'Bắt đầu sử dụng' : 'Lưu'}
          </button>
        </div>
      </form>
    </section>
  );
}
