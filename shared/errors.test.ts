import { describe, expect, it } from 'vitest';
import { AppError, ERROR_MESSAGES, isErrorCode, type ErrorCode } from './errors';

describe('error messages', () => {
  it('give every code one Vietnamese sentence that says what to do', () => {
    for (const [code, message] of Object.entries(ERROR_MESSAGES)) {
      expect(message.length, code).toBeGreaterThan(25);
      expect(message, code).toMatch(/[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i);
      expect(message.trim().endsWith('.'), code).toBe(true);
      expect(new AppError(code as ErrorCode).message).toBe(message);
      expect(isErrorCode(code)).toBe(true);
    }
    expect(new Set(Object.values(ERROR_MESSAGES)).size).toBe(Object.keys(ERROR_MESSAGES).length);
    expect(isErrorCode('toString')).toBe(false);
  });
});
