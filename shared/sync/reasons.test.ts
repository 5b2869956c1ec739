import { describe, expect, it } from 'vitest';
import { SYNC_MESSAGES, SyncError, type SyncReason } from './reasons';

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
