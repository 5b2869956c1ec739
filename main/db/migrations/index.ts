import { migration as archive } from './0010_archive';
import { migration as registers } from './0020_registers';
import { migration as drafts } from './0200_drafts';
import { migration as draftCorrections } from './0210_draft_corrections';
import { migration as recipients } from './0220_recipients';
import { migration as tracking } from './0230_tracking';
import { migration as searchTags } from './0410_search_tags';
import { migration as searchWords } from './0420_search_words';
import { migration as ownNumberCitations } from './0430_own_number_citations';
import { migration as sampleRegister } from './0440_sample_register';
import { migration as partyNumbers } from './0450_party_numbers';
import { migration as sync } from './0400_sync';
import { migration as incomingCancel } from './0460_incoming_cancel';
import { migration as supersedesIndex } from './0470_supersedes_index';
import type { Migration } from './types';

/** Every migration in order. A new one is appended here with the next version (steps of 10). */
export const MIGRATIONS: readonly Migration[] = [archive, registers, drafts, draftCorrections, recipients, tracking, sync, searchTags, searchWords, ownNumberCitations, sampleRegister, partyNumbers, incomingCancel, supersedesIndex];

/** Throws when versions are not strictly increasing or not multiples of 10: a registry mistake, found at start. */
export function checkMigrationOrder(list: readonly Migration[]): void {
  let previous = 0;
  for (const m of list) {
    if (m.version % 10 !== 0 || m.version <= previous) {
      throw new Error(`Migration ${m.name} has version ${m.version}; versions must rise in steps of 10.`);
    }
    previous = m.version;
  }
}

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
