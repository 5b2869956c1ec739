import { describe, expect, it } from 'vitest';
import { addWorkingDays, handlingDeadline, nextWorkingDay } from './deadlines';

const working = { defaultHandlingDays: 5, countWorkingDays: true };
const calendar = { defaultHandlingDays: 5, countWorkingDays: false };

describe('handling deadlines', () => {
  it('take the directive’s own deadline, even for a document registered after it', () => {
    expect(handlingDeadline({ arrivedOn: '2026-04-01', reportDeadline: '2026-04-15', urgency: 'normal' }, working)).toEqual({ deadline: '2026-04-15', source: 'document' });
    expect(handlingDeadline({ arrivedOn: '2026-04-20', reportDeadline: '2026-04-15', urgency: 'normal' }, working)).toEqual({ deadline: '2026-04-15', source: 'document' });
  });

  it('count working days, skipping weekends, from the arrival date', () => {
    // Friday 2026-11-20 + 5 working days = Friday 2026-11-27.
    expect(handlingDeadline({ arrivedOn: '2026-11-20', reportDeadline: null, urgency: 'normal' }, working)).toEqual({ deadline: '2026-11-27', source: 'default' });
    // Registered on a Saturday: counting starts Monday.
    expect(addWorkingDays('2026-11-21', 1)).toBe('2026-11-23');
    expect(nextWorkingDay('2026-11-22')).toBe('2026-11-23');
  });

  it('count calendar days when the office says so, landing on a weekend if it must', () => {
    expect(handlingDeadline({ arrivedOn: '2026-11-16', reportDeadline: null, urgency: 'normal' }, calendar)).toEqual({ deadline: '2026-11-21', source: 'default' });
  });

  it('cross the year boundary', () => {
    // Wednesday 2025-12-31 + 5 working days = Wednesday 2026-01-07.
    expect(handlingDeadline({ arrivedOn: '2025-12-31', reportDeadline: null, urgency: 'normal' }, working).deadline).toBe('2026-01-07');
    expect(handlingDeadline({ arrivedOn: '2025-12-29', reportDeadline: null, urgency: 'normal' }, calendar).deadline).toBe('2026-01-03');
  });

  it('make urgent documents due at once', () => {
    expect(handlingDeadline({ arrivedOn: '2026-11-20', reportDeadline: null, urgency: 'flash' }, working)).toEqual({ deadline: '2026-11-20', source: 'urgent' });
    expect(handlingDeadline({ arrivedOn: '2026-11-20', reportDeadline: null, urgency: 'veryUrgent' }, working).deadline).toBe('2026-11-20');
    // Khẩn on a Friday: the next working day is Monday.
    expect(handlingDeadline({ arrivedOn: '2026-11-20', reportDeadline: null, urgency: 'urgent' }, working).deadline).toBe('2026-11-23');
  });
});
