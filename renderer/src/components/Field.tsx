import type { ReactNode } from 'react';

/** A labelled form control with its Vietnamese error under it. */
export function Field({ label, error, children, hint }: { label: string; error?: string | undefined; children: ReactNode; hint?: string }) {
  return (
    <label className={error ? 'field field-invalid' : 'field'}>
      <span className="field-label">{label}</span>
      {children}
      {hint && !error ? <span className="field-hint">{hint}</span> : null}
      {error ? <span className="field-error">{error}</span> : null}
    </label>
  );
}
