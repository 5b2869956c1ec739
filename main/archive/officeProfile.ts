import type { OfficeProfile } from '../../shared/domain/office';
import type { Db } from '../db/open';
import { readSetting, writeSetting } from '../db/settings';

const KEY = 'office.profile';

export function readOfficeProfile(db: Db): OfficeProfile | null {
  const value = readSetting(db, KEY);
  return value === null ? null : (JSON.parse(value) as OfficeProfile);
}

export function writeOfficeProfile(db: Db, profile: OfficeProfile): void {
  writeSetting(db, KEY, JSON.stringify(profile));
}
