import { describe, expect, it } from 'vitest';
import { cutAtWord, draftFileName } from './fileNames';

describe('names of saved drafts', () => {
  it('reads as Vietnamese and is cut between words, never inside one', () => {
    const subject = 'Tổ chức các hoạt động tuyên truyền kỷ niệm ngày ban hành Nghị quyết số 02-NQ/TW ngày 12-6-2021 của Bộ Chính trị';
    const name = draftFileName({ typeId: 'plan', subject });
    expect(name.startsWith('Dự thảo Kế hoạch Tổ chức các hoạt động')).toBe(true);
    expect(name).toBe(name.normalize('NFC'));
    expect(name.length).toBeLessThanOrEqual('Dự thảo Kế hoạch '.length + 80);
    const words = new Set(subject.split(' '));
    for (const word of name.replace('Dự thảo Kế hoạch ', '').split(' ')) expect(words.has(word), word).toBe(true);
  });

  it('writes decomposed input precomposed and joins the lines the clerk broke', () => {
    const name = draftFileName({ typeId: 'report', subject: 'Ke\u0302\u0301t qua\u0309\nquý I'.normalize('NFD') });
    expect(name).toBe('Dự thảo Báo cáo Kết quả quý I');
  });

  it('cuts a single long word only when there is no space to cut at', () => {
    expect(cutAtWord('a'.repeat(100), 10)).toBe('a'.repeat(10));
    expect(cutAtWord('một hai, ba', 9)).toBe('một hai');
  });
});
