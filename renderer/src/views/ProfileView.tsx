import { useState, type FormEvent } from 'react';
import { documentTypeInfo, documentTypeName } from '../../../shared/domain/documentTypes';
import { defaultSymbolFor, type OfficeProfile, type SignerPreset } from '../../../shared/domain/office';
import { STANDARD_SIGNER_PRESETS, TEMPLATE_TYPE_IDS } from '../../../shared/drafting/templates';
import { api, errorMessage, fieldErrorsOf } from '../api/client';
import { DaysOffFields, parseDayList, showDayList } from '../components/DaysOffFields';
import { ErrorBanner } from '../components/ErrorBanner';
import { Field } from '../components/Field';
import { loadProfile, useProfile } from '../stores/profile';

const DEFAULT_PRESETS: SignerPreset[] = STANDARD_SIGNER_PRESETS.slice(0, 3).map((p) => ({ ...p, signerName: '' }));

type Form = Omit<OfficeProfile, 'defaultHandlingDays' | 'warningDays' | 'extraDaysOff' | 'extraWorkingDays'> & {
  defaultHandlingDays: string;
  warningDays: string;
  extraDaysOff: string;
  extraWorkingDays: string;
};

function initialForm(current: OfficeProfile | null): Form {
  return {
    officeName: current?.officeName ?? '',
    parentName: current?.parentName ?? '',
    placeName: current?.placeName ?? '',
    unitCode: current?.unitCode ?? '',
    role: current?.role ?? 'office',
    symbolPatterns: current?.symbolPatterns ?? {},
    numberingScheme: current?.numberingScheme ?? 'shared',
    signerPresets: current?.signerPresets.length ? current.signerPresets : DEFAULT_PRESETS,
    defaultHandlingDays: String(current?.defaultHandlingDays ?? 7),
    countWorkingDays: current?.countWorkingDays ?? true,
    extraDaysOff: showDayList(current?.extraDaysOff),
    extraWorkingDays: showDayList(current?.extraWorkingDays),
    warningDays: String(current?.warningDays ?? 3),
  };
}

/** Thông tin cơ quan: asked on first run (the four essentials), the rest editable later. */
export function ProfileView({ firstRun }: { firstRun: boolean }) {
  const current = useProfile((s) => s.profile);
  const [form, setForm] = useState<Form>(() => initialForm(current));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const set = (key: keyof Form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const setPreset = (i: number, key: keyof SignerPreset, value: string) =>
    setForm((f) => ({ ...f, signerPresets: f.signerPresets.map((p, j) => (j === i ? { ...p, [key]: value } : p)) }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const daysOff = parseDayList(form.extraDaysOff);
    const workingDays = parseDayList(form.extraWorkingDays);
    if (daysOff.bad !== null || workingDays.bad !== null) {
      const wrong = (bad: string | null) => (bad === null ? undefined : `“${bad}” không phải một ngày. Hãy ghi mỗi dòng một ngày theo dạng ngày/tháng/năm, ví dụ 27/01/2025.`);
      setErrors({ ...(daysOff.bad !== null ? { extraDaysOff: wrong(daysOff.bad) as string } : {}), ...(workingDays.bad !== null ? { extraWorkingDays: wrong(workingDays.bad) as string } : {}) });
      setMessage('Danh sách ngày nghỉ có dòng không đọc được. Hãy sửa các ô được đánh dấu.');
      return;
    }
    try {
      await api.invoke('profile:save', {
        ...form,
        symbolPatterns: Object.fromEntries(Object.entries(form.symbolPatterns).filter(([, v]) => v.trim() !== '')),
        signerPresets: form.signerPresets.filter((p) => p.signerTitle.trim() !== ''),
        defaultHandlingDays: Number(form.defaultHandlingDays),
        warningDays: Number(form.warningDays),
        extraDaysOff: daysOff.dates,
        extraWorkingDays: workingDays.dates,
      });
      setErrors({});
      setMessage(null);
      setSaved(true);
      await loadProfile();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setMessage(errorMessage(error));
    }
  }

  return (
    <section className={firstRun ? 'view first-run' : 'view'} aria-labelledby="profile-title">
      <h1 id="profile-title">{firstRun ? 'Chào mừng! Hãy thiết lập thông tin cơ quan' : 'Thông tin cơ quan'}</h1>
      {firstRun ? <p className="muted">Các thông tin này dùng cho tiêu đề văn bản, ký hiệu và sổ đăng ký. Có thể sửa lại sau.</p> : null}
      <ErrorBanner message={message} />
      {saved && !firstRun ? (
        <div className="banner banner-ok" role="status">
          Đã lưu thông tin cơ quan.
        </div>
      ) : null}
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
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
        </div>
        {firstRun ? null : (
          <>
            <h2 style={{ marginTop: 20 }}>Số và ký hiệu văn bản đi</h2>
            <div className="form-grid">
              <Field label="Cách đánh số" error={errors.numberingScheme}>
                <select value={form.numberingScheme} onChange={set('numberingScheme')}>
                  <option value="shared">Một dãy số chung cho mọi loại văn bản</option>
                  <option value="perType">Mỗi loại văn bản một dãy số riêng</option>
                </select>
              </Field>
              <div />
              {TEMPLATE_TYPE_IDS.map((t) => (
                <Field key={t} label={`Ký hiệu ${documentTypeName(t).toLowerCase()}`} hint={`Mặc định: ${defaultSymbolFor({ unitCode: form.unitCode || 'LĐLĐ', symbolPatterns: {} }, t, documentTypeInfo(t)?.code ?? null)}`}>
                  <input
                    value={form.symbolPatterns[t] ?? ''}
                    onChange={(e) => setForm((f) => ({ ...f, symbolPatterns: { ...f.symbolPatterns, [t]: e.target.value } }))}
                  />
                </Field>
              ))}
            </div>
            <h2 style={{ marginTop: 20 }}>Mẫu chữ ký</h2>
            {form.signerPresets.map((p, i) => (
              <div className="form-grid preset-row" key={i}>
                <Field label={`Thẩm quyền ký (mẫu ${i + 1})`}>
                  <input value={p.signingAuthority} onChange={(e) => setPreset(i, 'signingAuthority', e.target.value)} placeholder="TM. BAN THƯỜNG VỤ" />
                </Field>
                <Field label={`Chức vụ (mẫu ${i + 1})`}>
                  <input value={p.signerTitle} onChange={(e) => setPreset(i, 'signerTitle', e.target.value)} placeholder="CHỦ TỊCH" />
                </Field>
                <Field label={`Họ tên (mẫu ${i + 1})`}>
                  <input value={p.signerName} onChange={(e) => setPreset(i, 'signerName', e.target.value)} />
                </Field>
                <button type="button" onClick={() => setForm((f) => ({ ...f, signerPresets: f.signerPresets.filter((_, j) => j !== i) }))}>
                  Bỏ mẫu này
                </button>
              </div>
            ))}
            <button type="button" onClick={() => setForm((f) => ({ ...f, signerPresets: [...f.signerPresets, { signingAuthority: '', signerTitle: '', signerName: '' }] }))}>
              + Thêm mẫu chữ ký
            </button>
            <h2 style={{ marginTop: 20 }}>Theo dõi giải quyết</h2>
            <div className="form-grid">
              <Field label="Thời hạn giải quyết mặc định (ngày)" error={errors.defaultHandlingDays}>
                <input type="number" min={1} max={365} value={form.defaultHandlingDays} onChange={set('defaultHandlingDays')} />
              </Field>
              <Field label="Nhắc trước hạn (ngày)" error={errors.warningDays}>
                <input type="number" min={0} max={60} value={form.warningDays} onChange={set('warningDays')} />
              </Field>
              <Field label="Cách tính hạn">
                <select value={form.countWorkingDays ? 'working' : 'calendar'} onChange={(e) => setForm((f) => ({ ...f, countWorkingDays: e.target.value === 'working' }))}>
                  <option value="working">Tính theo ngày làm việc (bỏ thứ Bảy, Chủ nhật, ngày lễ, Tết)</option>
                  <option value="calendar">Tính theo ngày lịch</option>
                </select>
              </Field>
            </div>
            {form.countWorkingDays ? (
              <DaysOffFields
                daysOff={form.extraDaysOff}
                workingDays={form.extraWorkingDays}
                errors={{ daysOff: errors.extraDaysOff, workingDays: errors.extraWorkingDays }}
                onChange={(change) =>
                  setForm((f) => ({ ...f, ...(change.daysOff !== undefined ? { extraDaysOff: change.daysOff } : {}), ...(change.workingDays !== undefined ? { extraWorkingDays: change.workingDays } : {}) }))
                }
              />
            ) : null}
          </>
        )}
        <div className="actions" style={{ marginTop: 16 }}>
          <button type="submit" className="primary">
            {firstRun ? 'Bắt đầu sử dụng' : 'Lưu'}
          </button>
        </div>
      </form>
    </section>
  );
}
