import { describe, expect, it } from 'vitest';
import { formatNumberSymbol, numberSymbolKey, parseNumberSymbol } from './numberSymbol';

describe('số, ký hiệu', () => {
  it('keeps the Party layout as printed and the State layout with its slash', () => {
    expect(formatNumberSymbol('45', 'GM/ĐU')).toBe('45-GM/ĐU');
    expect(formatNumberSymbol(2, 'NQ/TW')).toBe('02-NQ/TW');
    expect(formatNumberSymbol('108', 'TB-LĐLĐ')).toBe('108/TB-LĐLĐ');
    expect(formatNumberSymbol(null, 'LĐLĐ')).toBe('LĐLĐ');
  });

  it('reads back what it writes', () => {
    for (const printed of ['45-GM/ĐU', '12-NQ/ĐU', '02-NQ/TW', '108/TB-LĐLĐ', '572/LĐLĐ']) {
      const parsed = parseNumberSymbol(printed);
      expect(parsed && formatNumberSymbol(parsed.numberText, parsed.symbol)).toBe(printed);
    }
  });

  it('gives one key to both spellings of a Party number, and to a number with or without its leading zero', () => {
    expect(numberSymbolKey('45-GM/ĐU')).toBe(numberSymbolKey('45/GM/ĐU'));
    expect(numberSymbolKey('02-NQ/TW')).toBe(numberSymbolKey('2/NQ/TW'));
    expect(numberSymbolKey('05/BNV-VP')).toBe(numberSymbolKey('5/BNV-VP'));
    expect(numberSymbolKey('45-GM/ĐU')).not.toBe(numberSymbolKey('46-GM/ĐU'));
    expect(numberSymbolKey('45-GM/ĐU')).not.toBe(numberSymbolKey('45-GM/TW'));
  });
});
