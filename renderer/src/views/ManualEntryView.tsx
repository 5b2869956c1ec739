import { useEffect, useState, type FormEvent } from 'react';
import { DOCUMENT_TYPES, SECRECY_LABELS, SECRECY_LEVELS, URGENCY_LABELS, URGENCY_LEVELS } from '../../../shared/domain/documentTypes';
import { todayIso } from '../../../shared/text/dates';
import { api, ApiError, errorMessage } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { Field } from '../components/Field';
import { refreshArchive } from '../stores/archive';
import { navigate } from '../stores/navigation';

type Form = Record<
  | 'typeId' | 'numberText' | 'symbol' | 'issuer' | 'parentIssuer' | 'place' | 'issuedOn' | 'subject' | 'body' | 'addressees'
  | 'distribution' | 'signerName' | 'signerTitle' | 'signingAuthority' | 'urgency' | 'secrecy' | 'reportDeadline'
  | 'arrivedOn' | 'recipient' | 'note',
  string
>;

const EMPTY: Form = {
  typeId: 'officialLetter', numberText: '', symbol: '', issuer: '', parentIssuer: '', place: '', issuedOn: '', subject: '',
  body: '', addressees: '', distribution: '', signerName: '', signerTitle: '', signingAuthority: '', urgency: 'normal',
  secrecy: 'none', reportDeadline: '', arrivedOn: todayIso(), recipient: '', note: '',
};

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** Vào sổ a document that came on paper: every field checked in main, errors shown beside each field. */
export function ManualEntryView() {
  const [form, setForm] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [nextNumber, setNextNumber] = useState<number | null>(null);

  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.arrivedOn)) return;
    api.invoke('register:incoming:nextNumber', { arrivedOn: form.arrivedOn }).then((r) => setNextNumber(r.arrivalNumber), () => setNextNumber(null));
  }, [form.arrivedOn]);

  const set = (key: keyof Form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const err = (key: string) => errors[`document.${key}`] ?? errors[`arrival.${key}`];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setMessage(null);
    try {
      const result = await api.invoke('register:incoming:add', {
        document: {
          typeId: form.typeId as never,
          numberText: form.numberText,
          symbol: form.symbol,
          issuer: form.issuer,
          parentIssuer: form.parentIssuer,
          place: form.place,
          issuedOn: form.issuedOn,
          subject: form.subject,
          body: form.body,
          addressees: lines(form.addressees),
          distribution: lines(form.distribution),
          signerName: form.signerName,
          signerTitle: form.signerTitle,
          signingAuthority: form.signingAuthority,
          urgency: form.urgency as never,
          secrecy: form.secrecy as never,
          reportDeadline: form.reportDeadline,
        },
        arrival: { arrivedOn: form.arrivedOn, channel: 'paper', recipient: form.recipient, note: form.note },
      });
      setErrors({});
      void refreshArchive();
      navigate({ name: 'document', id: result.id });
    } catch (error) {
      setErrors(error instanceof ApiError && error.fields ? error.fields : {});
      setMessage(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="view" aria-labelledby="entry-title">
      <h1 id="entry-title">Vào sổ văn bản đến (văn bản giấy)</h1>
      <p className="muted">
        Số đến sẽ được cấp tự động: <strong data-testid="next-arrival-number">{nextNumber ?? '…'}</strong>
      </p>
      <ErrorBanner message={message} onClose={() => setMessage(null)} />
      <form className="form-grid" onSubmit={submit} noValidate>
        <Field label="Loại văn bản" error={err('typeId')}>
          <select value={form.typeId} onChange={set('typeId')}>
            {DOCUMENT_TYPES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Số" error={err('numberText')} hint="Ví dụ: 108">
          <input value={form.numberText} onChange={set('numberText')} inputMode="numeric" />
        </Field>
        <Field label="Ký hiệu" error={err('symbol')} hint="Ví dụ: TB-LĐLĐ hoặc LĐLĐ">
          <input value={form.symbol} onChange={set('symbol')} />
        </Field>
        <Field label="Ngày ban hành *" error={err('issuedOn')}>
          <input type="date" value={form.issuedOn} onChange={set('issuedOn')} />
        </Field>
        <Field label="Cơ quan ban hành *" error={err('issuer')}>
          <input value={form.issuer} onChange={set('issuer')} placeholder="Liên đoàn Lao động tỉnh Lai Châu" />
        </Field>
        <Field label="Cơ quan chủ quản" error={err('parentIssuer')}>
          <input value={form.parentIssuer} onChange={set('parentIssuer')} />
        </Field>
        <Field label="Địa danh" error={err('place')}>
          <input value={form.place} onChange={set('place')} />
        </Field>
        <Field label="Hạn báo cáo" error={err('reportDeadline')}>
          <input type="date" value={form.reportDeadline} onChange={set('reportDeadline')} />
        </Field>
        <div className="span-2">
          <Field label="Trích yếu *" error={err('subject')}>
            <textarea rows={2} value={form.subject} onChange={set('subject')} />
          </Field>
        </div>
        <Field label="Người ký" error={err('signerName')}>
          <input value={form.signerName} onChange={set('signerName')} />
        </Field>
        <Field label="Chức vụ người ký" error={err('signerTitle')}>
          <input value={form.signerTitle} onChange={set('signerTitle')} placeholder="CHỦ TỊCH" />
        </Field>
        <Field label="Thẩm quyền ký" error={err('signingAuthority')} hint="TM., KT., Q., TL., TUQ.">
          <input value={form.signingAuthority} onChange={set('signingAuthority')} placeholder="TM. BAN THƯỜNG VỤ" />
        </Field>
        <Field label="Độ khẩn" error={err('urgency')}>
          <select value={form.urgency} onChange={set('urgency')}>
            {URGENCY_LEVELS.map((u) => (
              <option key={u} value={u}>
                {URGENCY_LABELS[u]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Độ mật" error={err('secrecy')}>
          <select value={form.secrecy} onChange={set('secrecy')}>
            {SECRECY_LEVELS.map((s) => (
              <option key={s} value={s}>
                {SECRECY_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Kính gửi (mỗi dòng một nơi)" error={err('addressees')}>
          <textarea rows={2} value={form.addressees} onChange={set('addressees')} />
        </Field>
        <Field label="Nơi nhận (mỗi dòng một nơi)" error={err('distribution')}>
          <textarea rows={2} value={form.distribution} onChange={set('distribution')} />
        </Field>
        <div className="span-2">
          <Field label="Toàn văn (nếu có)" error={err('body')}>
            <textarea rows={6} value={form.body} onChange={set('body')} />
          </Field>
        </div>
        <Field label="Ngày đến *" error={err('arrivedOn')}>
          <input type="date" value={form.arrivedOn} onChange={set('arrivedOn')} />
        </Field>
        <Field label="Đơn vị hoặc người nhận" error={err('recipient')}>
          <input value={form.recipient} onChange={set('recipient')} />
        </Field>
        <div className="span-2">
          <Field label="Ghi chú" error={err('note')}>
            <input value={form.note} onChange={set('note')} />
          </Field>
        </div>
        <div className="span-2 actions">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Đang lưu…' : 'Vào sổ'}
          </button>
          <button type="button" onClick={() => navigate({ name: 'incomingRegister' })}>
            Hủy
          </button>
        </div>
      </form>
    </section>
  );
}
