import { describe, expect, it } from 'vitest';
import { BACKUP_MESSAGES, BackupError, isBackupErrorCode } from './messages';

const VIETNAMESE_MARKS = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

describe('backup messages', () => {
  it.each(Object.entries(BACKUP_MESSAGES))('%s is a Vietnamese sentence that says what to do', (code, message) => {
    expect(code).toMatch(/^(BACKUP|RESTORE|INTEGRITY)_[A-Z_]+$/);
    expect(message).toMatch(VIETNAMESE_MARKS);
    expect(message).toMatch(/\.$/);
    expect(message.trim()).toBe(message);
    expect(message, 'tells the clerk what to do next').toMatch(/[Hh]ãy /);
    expect(message.length).toBeGreaterThan(40);
  });

  it('uses each sentence once', () => {
    const messages = Object.values(BACKUP_MESSAGES);
    expect(new Set(messages).size).toBe(messages.length);
  });

  it('recognises its own codes only', () => {
    expect(isBackupErrorCode('BACKUP_NO_SPACE')).toBe(true);
    expect(isBackupErrorCode('NOT_FOUND')).toBe(false);
    expect(isBackupErrorCode('toString')).toBe(false);
  });

  it('builds errors whose message is the fixed sentence alone, the technical detail kept apart for the log', () => {
    const error = new BackupError('BACKUP_FILE_DAMAGED', 'office.sqlite hash mismatch');
    expect(error.code).toBe('BACKUP_FILE_DAMAGED');
    expect(error.message).toBe(BACKUP_MESSAGES.BACKUP_FILE_DAMAGED);
    expect(error.detail).toBe('office.sqlite hash mismatch');
    expect(new BackupError('BACKUP_BUSY').message).toBe(BACKUP_MESSAGES.BACKUP_BUSY);
  });
});
