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

  it('carries the code and the sentence, with the detail after it', () => {
    for (const code of codes) {
      const error = new SyncError(code, 'chi tiết');
      expect(error.code).toBe(code);
      expect(error.message.startsWith(SYNC_MESSAGES[code])).toBe(true);
      expect(error.message).toContain('(chi tiết)');
      expect(new SyncError(code).message).toBe(SYNC_MESSAGES[code]);
    }
  });
});
