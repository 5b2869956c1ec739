/**
 * Signing capacities (quyền hạn của người ký, NĐ 30 Phụ lục I ô 7a): TM. before a collective, KT. before the
 * head's title, TL. and TUQ. for signing by order or by delegation; T/M and K/T in the Party's layout.
 *
 * A signer may act under two of them, printed one above the other ("TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ TỊCH").
 * The archive keeps them in one field, top to bottom, joined by a space; each capacity starts with its prefix, so
 * the printed lines come back by cutting before every prefix but the first.
 *
 * Q. (quyền, acting) is not among them: "Q. CHỦ TỊCH" says which office the signer holds, so it is the title.
 */
const NEXT_CAPACITY = /\s+(?=(?:(?:TM|KT|TL|TUQ)\.|T\/M\s|K\/T\s)\s*\S)/u;

/** The printed lines of a signing authority: "TM. BAN THƯỜNG VỤ KT. CHỦ TỊCH" → both capacities, one per line. */
export function capacityLines(authority: string | null | undefined): string[] {
  const text = authority?.trim();
  return text ? text.split(NEXT_CAPACITY) : [];
}
