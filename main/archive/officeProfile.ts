import type { OfficeProfile } from '../../shared/domain/office';
import type { Db } from '../db/open';

const KEY = 'office.profile';

export function readOfficeProfile(db: Db): OfficeProfile | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as OfficeProfile) : null;
}

export function writeOfficeProfile(db: Db, profile: OfficeProfile): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    KEY,
    JSON.stringify(profile),
  );
}
