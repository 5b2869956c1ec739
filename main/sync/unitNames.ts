import type { Db } from '../db/open';
import { readSetting, writeSetting } from '../db/settings';

const key = (unitCode: string) => `sync.unitName.${unitCode}`;

/** Remembers the name an office's certificate gives it, for offices not (yet) in the unit directory. */
export function rememberUnitName(db: Db, unitCode: string, name: string | undefined): void {
  const clean = name?.normalize('NFC').trim();
  if (clean && readSetting(db, key(unitCode)) !== clean) writeSetting(db, key(unitCode), clean);
}

/** An office's name as the clerk knows it: from the unit directory, else from its certificate; null if unknown. */
export function unitName(db: Db, unitCode: string): string | null {
  const listed = db.prepare('SELECT name FROM units WHERE code = ?').pluck().get(unitCode);
  return typeof listed === 'string' && listed.trim() ? listed : readSetting(db, key(unitCode));
}

/** "Công đoàn Thành phố (CD-TP)": the name where known, with the code after it; the code alone otherwise. */
export function unitLabel(db: Db, unitCode: string): string {
  const name = unitName(db, unitCode);
  return name && name !== unitCode ? `${name} (${unitCode})` : unitCode;
}
