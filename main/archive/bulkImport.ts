import type { Db } from '../db/open';
import { withStatementCache } from '../db/statementCache';
import { insertDocument, type NewDocument } from './documentsRepo';
import { addToIncomingRegister, type ArrivalInput } from './incomingRegister';
import { withSearchWordBatch } from './searchWords';

/**
 * Registers many documents at once (moving an old archive in): batched transactions, one per `batchSize`, so a
 * crash loses at most the batch being written and never leaves a half-registered document.
 */
export function importDocuments(connection: Db, items: Iterable<{ document: NewDocument; arrival: ArrivalInput }>, batchSize = 2000): number {
  const db = withStatementCache(connection);
  let count = 0;
  let batch: { document: NewDocument; arrival: ArrivalInput }[] = [];
  const flush = db.transaction((rows: typeof batch) =>
    withSearchWordBatch(db, () => {
      for (const { document, arrival } of rows) {
        const id = insertDocument(db, document);
        addToIncomingRegister(db, id, arrival);
      }
    }),
  );
  for (const item of items) {
    batch.push(item);
    if (batch.length >= batchSize) {
      flush(batch);
      count += batch.length;
      batch = [];
    }
  }
  if (batch.length) {
    flush(batch);
    count += batch.length;
  }
  return count;
}
