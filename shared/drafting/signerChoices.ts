import type { SignerPreset } from '../domain/office';
import { STANDARD_SIGNER_PRESETS } from './templates';

/** Capacity and title compared as printed: capitals, one space between words, precomposed. */
const capacityKey = (p: Pick<SignerPreset, 'signingAuthority' | 'signerTitle'>): string =>
  [p.signingAuthority, p.signerTitle].map((s) => s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleUpperCase('vi')).join('|');

/**
 * The signatures offered in the editor: the office's own first (they carry the signer's name), then the standard
 * capacities the office has not set up already. Each capacity and title appears once, however often it was saved;
 * two office presets for the same capacity with different people both stay.
 */
export function signerChoices(officePresets: readonly SignerPreset[]): SignerPreset[] {
  const seen = new Set<string>();
  const out: SignerPreset[] = [];
  const add = (preset: SignerPreset, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push(preset);
  };
  for (const p of officePresets) {
    if (!p.signerTitle.trim()) continue;
    add(p, `${capacityKey(p)}|${p.signerName.normalize('NFC').trim().toLocaleUpperCase('vi')}`);
    seen.add(capacityKey(p));
  }
  for (const p of STANDARD_SIGNER_PRESETS) add({ ...p, signerName: '' }, capacityKey(p));
  return out;
}
