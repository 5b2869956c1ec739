import { formatNumberSymbol, numberSymbolKey } from '../../../shared/text/numberSymbol';
import type { Migration } from './types';

type DocumentRow = {
  id: string;
  direction: string;
  issuer_key: string;
  issued_year: number | null;
  number_text: string | null;
  symbol: string;
  number_symbol: string | null;
  number_symbol_key: string | null;
};

/**
 * Party-style numbers keep their printed form: "45-GM/ĐU" had been stored as "45/GM/ĐU", and the key told
 * "45-GM/ĐU" and "45/GM/ĐU" apart, so citations of such a document found nothing. Numbers and keys are
 * recomputed by today's rule. The search index stays: "-" and "/" both separate words in it.
 */
export const migration: Migration = {
  version: 450,
  name: 'party-numbers',
  dataOnly: true,
  up(db) {
    const documents = db
      .prepare(
        `SELECT id, direction, issuer_key, issued_year, number_text, symbol, number_symbol, number_symbol_key
         FROM documents WHERE symbol IS NOT NULL AND symbol != ''`,
      )
      .all() as DocumentRow[];
    const taken = db.prepare(
      'SELECT 1 FROM documents WHERE direction = ? AND issuer_key = ? AND issued_year IS ? AND number_symbol_key = ? AND id != ?',
    );
    const update = db.prepare('UPDATE documents SET number_symbol = ?, number_symbol_key = ? WHERE id = ?');
    for (const d of documents) {
      const numberSymbol = formatNumberSymbol(d.number_text, d.symbol);
      let key = numberSymbolKey(numberSymbol);
      // Two documents that now read as the same number both stay: the one whose key would change keeps its old key.
      if (key !== d.number_symbol_key && taken.get(d.direction, d.issuer_key, d.issued_year, key, d.id)) key = d.number_symbol_key ?? key;
      if (numberSymbol !== d.number_symbol || key !== d.number_symbol_key) update.run(numberSymbol, key, d.id);
    }

    const citations = db.prepare('SELECT rowid AS r, number_symbol, number_symbol_key FROM citations').all() as {
      r: number;
      number_symbol: string;
      number_symbol_key: string;
    }[];
    const rekey = db.prepare('UPDATE citations SET number_symbol_key = ? WHERE rowid = ?');
    for (const c of citations) {
      const key = numberSymbolKey(c.number_symbol);
      if (key !== c.number_symbol_key) rekey.run(key, c.r);
    }
    db.exec(`
      DELETE FROM citations
      WHERE number_symbol_key = (SELECT d.number_symbol_key FROM documents d WHERE d.id = citations.document_id);
    `);
  },
};
