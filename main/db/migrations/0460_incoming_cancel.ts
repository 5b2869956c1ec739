import type { Migration } from './types';

/**
 * An entry of the sổ đến registered by mistake is cancelled, never deleted: its số đến is not given again
 * (NĐ 30 Điều 22.2, numbers run on through the year), and the register keeps the line with the reason.
 */
export const migration: Migration = {
  version: 460,
  name: 'incoming-cancel',
  up(db) {
    db.exec(`
      ALTER TABLE incoming ADD COLUMN cancelled_on TEXT;
      ALTER TABLE incoming ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
    `);
  },
};
