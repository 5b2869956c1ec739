import { describe, expect, it } from 'vitest';
import { CLOCK_AHEAD_MESSAGE, SYNC_MESSAGES, SyncError, type SyncReason } from './reasons';

const codes = Object.keys(SYNC_MESSAGES) as SyncReason[];

describe('sync reason messages', () => {
  it.each(codes)('%s is a Vietnamese sentence that says what to do', (code) => {
    const message = SYNC_MESSAGES[code];
    expect(message.length).toBeGreaterThan(30);
    expect(message).toMatch(/[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i);
    expect(message.trim().endsWith('.')).toBe(true);
    expect(message).not.toMatch(/undefined|null|\berror\b/i);
  });

  it('gives every code its own sentence', () => {
    expect(new Set(Object.values(SYNC_MESSAGES)).size).toBe(codes.length);
  });

  it('says of a clock run far ahead that the date of the PC looks wrong, under the code of an expired certificate', () => {
    expect(Object.values(SYNC_MESSAGES)).not.toContain(CLOCK_AHEAD_MESSAGE);
    expect(CLOCK_AHEAD_MESSAGE).toMatch(/^Ngày giờ trên máy tính này có vẻ sai.*Hãy kiểm tra và chỉnh lại ngày giờ của máy tính rồi nhập lại gói\.$/);
    const error = new SyncError('CERT_EXPIRED', undefined, { sentence: CLOCK_AHEAD_MESSAGE, note: 'máy này đang chỉ ngày 01/01/2035' });
    expect(error.code).toBe('CERT_EXPIRED');
    expect(error.message).toBe(`${CLOCK_AHEAD_MESSAGE} (máy này đang chỉ ngày 01/01/2035)`);
  });

  it('keeps technical detail out of the sentence and puts a note for the clerk after it', () => {
    for (const code of codes) {
      const error = new SyncError(code, 'End of central directory record signature not found');
      expect(error.code).toBe(code);
      expect(error.message).toBe(SYNC_MESSAGES[code]);
      expect(error.detail).toBe('End of central directory record signature not found');
      expect(new SyncError(code, undefined, { note: 'hết hạn ngày 01/01/2026' }).message).toBe(`${SYNC_MESSAGES[code]} (hết hạn ngày 01/01/2026)`);
    }
  });
});
