import { useEffect, useRef, useState } from 'react';
import type { DraftAttachment } from '../../../shared/domain/draft';
import { UNIT_GROUP_LABELS, type Unit, type UnitKind } from '../../../shared/domain/units';
import { api, errorMessage } from '../api/client';
import { base64OfFile } from '../api/files';
import { DateInput } from './DateInput';
import { Field } from './Field';

type Props = {
  recipients: string[];
  reportDeadline: string | null;
  attachments: DraftAttachment[];
  onChange: (change: { recipients?: string[]; reportDeadline?: string | null; attachments?: DraftAttachment[] }) => void;
};

/** Gửi đến: the units (or whole groups) a directive goes to by bundle, its reporting deadline and its annexes. */
export function RecipientsPanel({ recipients, reportDeadline, attachments, onChange }: Props) {
  const [units, setUnits] = useState<Unit[]>([]);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    api.invoke('units:list', { includeInactive: false }).then(setUnits, (e: unknown) => setError(errorMessage(e)));
  }, []);
  const chosen = new Set(recipients);
  const toggle = (codes: string[], on: boolean) => {
    const next = new Set(chosen);
    for (const c of codes) {
      if (on) next.add(c);
      else next.delete(c);
    }
    onChange({ recipients: [...next] });
  };
  const groups = (Object.entries(UNIT_GROUP_LABELS) as [UnitKind, string][])
    .map(([kind, label]) => ({ kind, label, codes: units.filter((u) => u.kind === kind).map((u) => u.code) }))
    .filter((g) => g.codes.length > 0);

  async function attach(files: FileList | null) {
    try {
      const added: DraftAttachment[] = [];
      for (const file of [...(files ?? [])]) added.push(await api.invoke('drafts:stageAttachment', { fileName: file.name, contentBase64: await base64OfFile(file) }));
      onChange({ attachments: [...attachments, ...added] });
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <section className="card" aria-label="Gửi đến các đơn vị">
      <h2>Gửi đến các đơn vị ({recipients.length})</h2>
      {error ? <p className="field-error">{error}</p> : null}
      {units.length === 0 ? <p className="muted">Danh bạ đơn vị còn trống: hãy thêm đơn vị ở mục “Danh bạ đơn vị”.</p> : null}
      <div className="groups">
        {groups.map((g) => (
          <label key={g.kind} className="check">
            <input type="checkbox" checked={g.codes.every((c) => chosen.has(c))} onChange={(e) => toggle(g.codes, e.target.checked)} />
            {g.label} ({g.codes.length})
          </label>
        ))}
      </div>
      <div className="unit-list">
        {units.map((u) => (
          <label key={u.code} className="check">
            <input type="checkbox" checked={chosen.has(u.code)} onChange={(e) => toggle([u.code], e.target.checked)} />
            {u.name}
          </label>
        ))}
      </div>
      <Field label="Hạn báo cáo của đơn vị nhận">
        <DateInput value={reportDeadline ?? ''} onChange={(date) => onChange({ reportDeadline: date || null })} />
      </Field>
      <div>
        <strong>Tệp gửi kèm</strong>{' '}
        <button type="button" onClick={() => fileInput.current?.click()}>
          + Đính kèm tệp…
        </button>
        <input ref={fileInput} type="file" multiple hidden aria-label="Tệp gửi kèm" onChange={(e) => void attach(e.target.files)} />
        <ul className="link-list">
          {attachments.map((a) => (
            <li key={a.sha256}>
              {a.fileName} <span className="muted">({Math.ceil(a.size / 1024)} KB)</span>{' '}
              <button type="button" className="link" onClick={() => onChange({ attachments: attachments.filter((x) => x.sha256 !== a.sha256) })}>
                bỏ
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
