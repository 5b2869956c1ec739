import type { ReactElement, ReactNode } from 'react';
import { DOCUMENT_TYPES, SECRECY_LABELS, SECRECY_LEVELS, URGENCY_LABELS, URGENCY_LEVELS } from '../../../shared/domain/documentTypes';
import type { DocumentForm } from './documentForm';
import { DateInput } from './DateInput';
import { Field } from './Field';

type Props = {
  form: DocumentForm;
  onChange: (key: keyof DocumentForm, value: string) => void;
  errors: Record<string, string>;
  /** Where each value was read from, shown beside the field (intake review). */
  sources?: Partial<Record<keyof DocumentForm, string>>;
  /** False when correcting a registered document: its arrival is edited with the register entry. */
  withArrival?: boolean;
  children?: ReactNode;
};

/** The fields of a received document and its arrival, shared by hand entry and the intake review. */
export function DocumentFields({ form, onChange, errors, sources, withArrival = true, children }: Props) {
  const set = (key: keyof DocumentForm) => (e: { target: { value: string } }) => onChange(key, e.target.value);
  const err = (key: string) => errors[`document.${key}`] ?? errors[`arrival.${key}`];
  const source = (key: keyof DocumentForm) =>
    sources?.[key] ? (
      <pre className="source" aria-label={`Nguồn: ${key}`}>
        {sources[key]}
      </pre>
    ) : null;
  const row = (key: keyof DocumentForm, label: string, control: ReactNode, hint?: string) => (
    <div className={sources ? 'review-row' : 'contents'}>
      <Field label={label} error={err(key)} {...(hint ? { hint } : {})}>
        {control as ReactElement<Record<string, unknown>>}
      </Field>
      {source(key)}
    </div>
  );
  return (
    <div className={sources ? 'review-grid' : 'form-grid'}>
      {row(
        'typeId',
        'Loại văn bản',
        <select value={form.typeId} onChange={set('typeId')}>
          {DOCUMENT_TYPES.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>,
      )}
      {row('numberText', 'Số', <input value={form.numberText} onChange={set('numberText')} inputMode="numeric" />, 'Ví dụ: 108')}
      {row('symbol', 'Ký hiệu', <input value={form.symbol} onChange={set('symbol')} />, 'Ví dụ: TB-LĐLĐ hoặc LĐLĐ')}
      {row('issuedOn', 'Ngày ban hành *', <DateInput value={form.issuedOn} onChange={(date) => onChange('issuedOn', date)} />)}
      {row('issuer', 'Cơ quan ban hành *', <input value={form.issuer} onChange={set('issuer')} placeholder="Liên đoàn Lao động tỉnh Lai Châu" />)}
      {row('parentIssuer', 'Cơ quan chủ quản', <input value={form.parentIssuer} onChange={set('parentIssuer')} />)}
      {row('place', 'Địa danh', <input value={form.place} onChange={set('place')} />)}
      {row('reportDeadline', 'Hạn báo cáo', <DateInput value={form.reportDeadline} onChange={(date) => onChange('reportDeadline', date)} />)}
      {row('subject', 'Trích yếu *', <textarea rows={2} value={form.subject} onChange={set('subject')} />)}
      {row('signerName', 'Người ký', <input value={form.signerName} onChange={set('signerName')} />)}
      {row('signerTitle', 'Chức vụ người ký', <input value={form.signerTitle} onChange={set('signerTitle')} placeholder="CHỦ TỊCH" />)}
      {row('signingAuthority', 'Thẩm quyền ký', <input value={form.signingAuthority} onChange={set('signingAuthority')} placeholder="TM. BAN THƯỜNG VỤ" />, 'TM., KT., TL., TUQ.; “Q.” ghi ở chức vụ')}
      {row(
        'urgency',
        'Độ khẩn',
        <select value={form.urgency} onChange={set('urgency')}>
          {URGENCY_LEVELS.map((u) => (
            <option key={u} value={u}>
              {URGENCY_LABELS[u]}
            </option>
          ))}
        </select>,
      )}
      {row(
        'secrecy',
        'Độ mật',
        <select value={form.secrecy} onChange={set('secrecy')}>
          {SECRECY_LEVELS.map((s) => (
            <option key={s} value={s}>
              {SECRECY_LABELS[s]}
            </option>
          ))}
        </select>,
      )}
      {row('addressees', 'Kính gửi (mỗi dòng một nơi)', <textarea rows={2} value={form.addressees} onChange={set('addressees')} />)}
      {row('distribution', 'Nơi nhận (mỗi dòng một nơi)', <textarea rows={3} value={form.distribution} onChange={set('distribution')} />)}
      {sources ? null : row('body', 'Toàn văn (nếu có)', <textarea rows={6} value={form.body} onChange={set('body')} />)}
      {withArrival ? (
        <>
          {row('arrivedOn', 'Ngày đến *', <DateInput value={form.arrivedOn} onChange={(date) => onChange('arrivedOn', date)} />)}
          {row('recipient', 'Đơn vị hoặc người nhận', <input value={form.recipient} onChange={set('recipient')} />)}
          {row('note', 'Ghi chú', <input value={form.note} onChange={set('note')} />)}
        </>
      ) : null}
      {children}
    </div>
  );
}
