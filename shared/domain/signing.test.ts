import { describe, expect, it } from 'vitest';
import { capacityLines } from './signing';

describe('capacityLines', () => {
  it('prints each capacity of a stacked authority on its own line', () => {
    expect(capacityLines('TM. BAN THƯỜNG VỤ KT. CHỦ TỊCH')).toEqual(['TM. BAN THƯỜNG VỤ', 'KT. CHỦ TỊCH']);
    expect(capacityLines('T/M BAN THƯỜNG VỤ K/T BÍ THƯ')).toEqual(['T/M BAN THƯỜNG VỤ', 'K/T BÍ THƯ']);
    expect(capacityLines('TL. BAN THƯỜNG VỤ')).toEqual(['TL. BAN THƯỜNG VỤ']);
  });

  it('does not cut inside a capacity, nor at a word that only begins like a prefix', () => {
    expect(capacityLines('TM. ĐOÀN CHỦ TỊCH')).toEqual(['TM. ĐOÀN CHỦ TỊCH']);
    expect(capacityLines('TUQ. CHỦ TỊCH UBND TỈNH')).toEqual(['TUQ. CHỦ TỊCH UBND TỈNH']);
    expect(capacityLines('TM. BAN CHẤP HÀNH TLĐ')).toEqual(['TM. BAN CHẤP HÀNH TLĐ']);
    // TM without its dot is a word of a name here (thương mại).
    expect(capacityLines('TM. BAN CHẤP HÀNH CÔNG ĐOÀN CÔNG TY TM DỊCH VỤ')).toEqual(['TM. BAN CHẤP HÀNH CÔNG ĐOÀN CÔNG TY TM DỊCH VỤ']);
  });

  it('is empty when the head signs in their own name', () => {
    expect(capacityLines('')).toEqual([]);
    expect(capacityLines('  ')).toEqual([]);
    expect(capacityLines(null)).toEqual([]);
  });
});
