import { useId, type ReactElement } from 'react';
import { cloneElement } from 'react';

/**
 * A labelled form control with its hint or Vietnamese error under it. The label names the control; the hint
 * and the error describe it (aria-describedby), so screen readers and tests find the field by its label alone.
 */
export function Field({ label, error, children, hint }: { label: string; error?: string | undefined; children: ReactElement<Record<string, unknown>>; hint?: string }) {
  const id = useId();
  const noteId = `${id}-note`;
  const note = error ?? hint;
  const control = cloneElement(children, {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': note ? noteId : undefined,
  });
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {control}
      {note ? (
        <span id={noteId} className={error ? 'field-error' : 'field-hint'}>
          {note}
        </span>
      ) : null}
    </div>
  );
}
