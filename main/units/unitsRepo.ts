import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Unit, UnitKind } from '../../shared/domain/units';
import { AppError } from '../../shared/errors';
import type { unitInput } from '../../shared/ipc/units';
import type { Db } from '../db/open';

export type UnitFields = z.output<typeof unitInput>;

type UnitRow = { id: string; code: string; name: string; short_name: string | null; parent_code: string | null; kind: string; place: string | null; contact: string | null; active: number };

const toUnit = (r: UnitRow): Unit => ({
  id: r.id,
  code: r.code,
  name: r.name,
  shortName: r.short_name ?? '',
  parentCode: r.parent_code,
  kind: r.kind as UnitKind,
  place: r.place ?? '',
  contact: r.contact ?? '',
  active: r.active === 1,
});

const SELECT = `SELECT u.id, u.code, u.name, u.short_name, p.code AS parent_code, u.kind, u.place, u.contact, u.active
  FROM units u LEFT JOIN units p ON p.id = u.parent_id`;

export function listUnits(db: Db, includeInactive = true): Unit[] {
  const rows = db.prepare(`${SELECT} ${includeInactive ? '' : 'WHERE u.active = 1'} ORDER BY u.active DESC, u.kind, u.name`).all() as UnitRow[];
  return rows.map(toUnit);
}

export function findUnitByCode(db: Db, code: string): Unit | null {
  const row = db.prepare(`${SELECT} WHERE u.code = ?`).get(code) as UnitRow | undefined;
  return row ? toUnit(row) : null;
}

/**
 * Adds or updates a unit by its code. A unit is never deleted: one that was wound up (the district LĐLĐs in
 * 2025) is marked inactive, so older documents keep their names.
 */
export function saveUnit(db: Db, fields: UnitFields, now = new Date()): { unit: Unit; created: boolean } {
  let parentId: string | null = null;
  if (fields.parentCode) {
    const parent = findUnitByCode(db, fields.parentCode);
    if (!parent) throw new AppError('INVALID_INPUT', { fields: { parentCode: `Không có đơn vị nào mã “${fields.parentCode}”.` } });
    if (parent.code === fields.code) throw new AppError('INVALID_INPUT', { fields: { parentCode: 'Đơn vị không thể là cấp trên của chính nó.' } });
    parentId = parent.id;
  }
  const existing = findUnitByCode(db, fields.code);
  if (existing) {
    db.prepare('UPDATE units SET name = ?, short_name = ?, parent_id = ?, kind = ?, place = ?, contact = ?, active = ? WHERE id = ?').run(
      fields.name, fields.shortName, parentId, fields.kind, fields.place, fields.contact, fields.active ? 1 : 0, existing.id,
    );
  } else {
    db.prepare('INSERT INTO units (id, code, name, short_name, parent_id, kind, place, contact, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      randomUUID(), fields.code, fields.name, fields.shortName, parentId, fields.kind, fields.place, fields.contact, fields.active ? 1 : 0, now.toISOString(),
    );
  }
  return { unit: findUnitByCode(db, fields.code) as Unit, created: !existing };
}
