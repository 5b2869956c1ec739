import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { readDateText, showDateText } from './dateText';

type Props = {
  /** The date as ISO "YYYY-MM-DD", or "" for none. */
  value: string;
  /** Called with the ISO date, or "" when the field is emptied or left holding something that is not a date. */
  onChange: (date: string) => void;
  id?: string;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
};

/**
 * A date field that shows and takes dd/mm/yyyy in any browser (a native date input follows the browser's
 * language, mm/dd/yyyy in an English one), with the browser's calendar behind a button. A date is passed on
 * as soon as it is complete; text that is not a date is flagged when the clerk leaves the field, and passed on
 * as "" then, as a native date input would, so the form never keeps an earlier date the field no longer shows.
 */
export function DateInput({ value, onChange, id, ...aria }: Props) {
  const [typed, setTyped] = useState({ text: showDateText(value), value });
  const [checked, setChecked] = useState(false);
  const calendar = useRef<HTMLInputElement>(null);
  const errorId = useId();
  if (value !== typed.value) {
    // Set from outside (another file in the list, a deadline computed by the program): show the new date.
    setTyped({ text: showDateText(value), value });
    setChecked(false);
  }
  const reading = readDateText(typed.text);
  const error = checked && 'error' in reading ? reading.error : null;

  const pass = (text: string, date: string) => {
    setTyped({ text, value: date });
    if (date !== value) onChange(date);
  };
  const edit = (text: string) => {
    const read = readDateText(text);
    if ('date' in read) pass(text, read.date);
    else setTyped((t) => ({ ...t, text }));
    setChecked(false);
  };
  const leave = () => {
    setChecked(true);
    if ('date' in reading) setTyped((t) => ({ ...t, text: showDateText(reading.date) }));
    else pass(typed.text, '');
  };
  const openCalendar = () => {
    try {
      calendar.current?.showPicker();
    } catch {
      // A browser without showPicker: the date is typed.
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') leave();
    else if ((event.altKey && event.key === 'ArrowDown') || event.key === 'F4') {
      event.preventDefault();
      openCalendar();
    }
  };
  const describedBy = [aria['aria-describedby'], error ? errorId : null].filter(Boolean).join(' ');

  return (
    <>
      <span className="date-input">
        <input
          id={id}
          aria-label={aria['aria-label']}
          aria-invalid={error || aria['aria-invalid'] ? true : undefined}
          aria-describedby={describedBy || undefined}
          inputMode="numeric"
          placeholder="dd/mm/yyyy"
          value={typed.text}
          onChange={(e) => edit(e.target.value)}
          onBlur={leave}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="date-calendar" tabIndex={-1} aria-label="Chọn ngày trên lịch" title="Chọn ngày trên lịch (Alt+↓)" onClick={openCalendar}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
            <path d="M1.5 6h13M5 1v3M11 1v3" stroke="currentColor" />
          </svg>
        </button>
        <input
          ref={calendar}
          type="date"
          className="date-calendar-native"
          tabIndex={-1}
          aria-hidden="true"
          value={'date' in reading ? reading.date : ''}
          onChange={(e) => {
            pass(showDateText(e.target.value), e.target.value);
            setChecked(false);
          }}
        />
      </span>
      {error ? (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
