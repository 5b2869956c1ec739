import type { Migration } from './types';

/**
 * A document's own number is not one of the documents it cites. Samples and documents entered by hand read their
 * citations from a body that repeats their own số/ký hiệu, and listed themselves as "chưa có trong kho".
 */
export const migration: Migration = {
  version: 430,
  name: 'own-number-citations',
  dataOnly: true,
  up(db) {
    db.exec(`
      DELETE FROM citations
      WHERE number_symbol_key = (SELECT d.number_symbol_key FROM documents d WHERE d.id = citations.document_id);
    `);
  },
};
