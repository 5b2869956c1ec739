import { describe, expect, it } from 'vitest';
import { foldKey, foldText } from './fold';

describe('foldText', () => {
  it('strips Vietnamese diacritics and maps đ to d', () => {
    expect(foldText('Học tập suốt đời')).toBe('hoc tap suot doi');
    expect(foldText('ĐẢNG Cộng sản')).toBe('dang cong san');
    expect(foldText('QĐ-LĐLĐ')).toBe('qd-ldld');
  });

  it('keeps the length of the NFC text so offsets can be reused on the original', () => {
    const samples = ['Liên đoàn Lao động tỉnh Lai Châu', 'Hỏa tốc – THƯỢNG KHẨN', '“Đổi mới tổ chức”'];
    for (const s of samples) expect(foldText(s)).toHaveLength(s.normalize('NFC').length);
  });

  it('treats NFD input like NFC input', () => {
    const nfd = 'Nghị quyết'.normalize('NFD');
    expect(foldText(nfd)).toBe('nghi quyet');
  });

  it('collapses whitespace in keys', () => {
    expect(foldKey('  Liên   đoàn\nLao động ')).toBe('lien doan lao dong');
  });
});
