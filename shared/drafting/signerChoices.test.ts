import { describe, expect, it } from 'vitest';
import { signerChoices } from './signerChoices';
import { STANDARD_SIGNER_PRESETS } from './templates';

const label = (p: { signingAuthority: string; signerTitle: string; signerName: string }) =>
  [p.signingAuthority, p.signerTitle, p.signerName].filter(Boolean).join(' / ');

describe('signer choices', () => {
  it('lists each standard signature once when the office saved the standard ones as its own', () => {
    const saved = STANDARD_SIGNER_PRESETS.slice(0, 3).map((p) => ({ ...p, signerName: '' }));
    const labels = signerChoices(saved).map(label);
    expect(labels).toEqual([
      'TM. BAN THƯỜNG VỤ / CHỦ TỊCH',
      'TM. BAN THƯỜNG VỤ / PHÓ CHỦ TỊCH',
      'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
      'TM. BAN CHẤP HÀNH / CHỦ TỊCH',
    ]);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('keeps the office preset with the signer name and drops the blank standard one of the same capacity', () => {
    const choices = signerChoices([
      { signingAuthority: 'KT. CHỦ TỊCH', signerTitle: 'Phó Chủ tịch ', signerName: 'Đồng Thị Nghĩa' },
      { signingAuthority: 'KT. CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', signerName: 'Lò Văn Hùng' },
      { signingAuthority: 'KT. CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', signerName: 'Lò Văn Hùng' },
    ]);
    expect(choices.map(label)).toEqual([
      'KT. CHỦ TỊCH / Phó Chủ tịch  / Đồng Thị Nghĩa',
      'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Lò Văn Hùng',
      'TM. BAN THƯỜNG VỤ / CHỦ TỊCH',
      'TM. BAN THƯỜNG VỤ / PHÓ CHỦ TỊCH',
      'TM. BAN CHẤP HÀNH / CHỦ TỊCH',
    ]);
  });

  it('offers the standard signatures when the office has none', () => {
    expect(signerChoices([])).toHaveLength(STANDARD_SIGNER_PRESETS.length);
  });
});
