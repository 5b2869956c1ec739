import type { Migration } from './types';

/**
 * "Is this document replaced, and by which?" is asked by the document page, tracking and Việc cần làm for every
 * document they show: an index on the few documents that replace another answers it without reading the archive.
 */
export const migration: Migration = {
  version: 470,
  name: 'supersedes-index',
  up(db) {
    db.exec('CREATE INDEX documents_supersedes ON documents (supersedes_id) WHERE supersedes_id IS NOT NULL;');
  },
};
