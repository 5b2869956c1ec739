import { describe, expect, it } from 'vitest';
import { useTempDatabase } from '../../tests/helpers/tempDatabase';
import { recordAudit } from './audit';
import { clockWarning } from './clockCheck';
import { registerIncoming } from './registration';

const office = useTempDatabase('vanthu-clock-');

const letter = {
  direction: 'incoming' as const, typeId: 'plan' as const, numberText: '314', number: 314, symbol: 'KH-LĐLĐ', issuer: 'Liên đoàn Lao động tỉnh Lai Châu',
  parentIssuer: 'Tổng LĐLĐ Việt Nam', place: 'Lai Châu', issuedOn: '2026-11-20', subject: 'Kế hoạch kiểm tra', body: 'Nội dung.', addressees: [], distribution: [],
  signerName: '', signerTitle: '', signingAuthority: '', urgency: 'normal' as const, secrecy: 'none' as const, reportDeadline: null, citations: [],
};

describe('clock check', () => {
  it('is quiet on an empty archive and while the clock is at or after the last registration', () => {
    const db = office.db();
    expect(clockWarning(db, new Date('2026-11-23T03:00:00Z'))).toBeNull();
    registerIncoming(db, letter, { arrivedOn: '2026-11-23', channel: 'paper', recipient: '', note: '' }, undefined, new Date('2026-11-23T03:00:00Z'));
    expect(clockWarning(db, new Date('2026-11-23T03:00:00Z'))).toBeNull();
    expect(clockWarning(db, new Date('2026-11-30T08:00:00Z'))).toBeNull();
    // A few hours of drift is not a wrong clock.
    expect(clockWarning(db, new Date('2026-11-22T20:00:00Z'))).toBeNull();
  });

  it('warns when the clock is a day or more behind the latest registration or audited change', () => {
    const db = office.db();
    registerIncoming(db, letter, { arrivedOn: '2026-11-23', channel: 'paper', recipient: '', note: '' }, undefined, new Date('2026-11-23T03:00:00Z'));
    expect(clockWarning(db, new Date('2015-01-01T00:00:00Z'))).toEqual({ now: '2015-01-01T00:00:00.000Z', latestRecordedAt: '2026-11-23T03:00:00.000Z' });
    recordAudit(db, { action: 'handling.changed', entity: 'document', entityId: 'x' }, new Date('2027-02-01T09:30:00Z'));
    expect(clockWarning(db, new Date('2026-12-01T00:00:00Z'))?.latestRecordedAt).toBe('2027-02-01T09:30:00.000Z');
  });
});
