import type { z } from 'zod';
import { documentTypeName } from '../../shared/domain/documentTypes';
import type { documentFilter, searchInput } from '../../shared/ipc/archive';
import type {
  ArchiveFacets,
  DocumentListPage,
  SearchResultPage,
} from '../../shared/ipc/archiveTypes';
import { foldKey } from '../../shared/text/fold';
import type { Db } from '../db/open';
import { searchTags } from './searchTags';
import { highlightAll, snippet } from './highlight';
import { toSummary, SUMMARY_COLUMNS, type SummaryRow } from './rows';
import { rankInTiers, type Match } from './relevance';
import { matchExpression, parseSearchQuery } from './searchQuery';
import { completePrefix } from './searchWords';

type Filter = z.output<typeof documentFilter>;

/** Above this many matches a search reports "more than" and lists newest first. */
export const COUNT_CAP = 1000;

/** WHERE clause and parameters for the list filters; `d` = documents, `i` = incoming. */
function filterClause(filter: Filter): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.typeId) {
    where.push('d.type_id = ?');
    params.push(filter.typeId);
  }
  if (filter.year) {
    where.push('d.issued_year = ?');
    params.push(filter.year);
  }
  if (filter.issuer) {
    where.push('d.issuer_key = ?');
    params.push(foldKey(filter.issuer));
  }
  if (filter.direction) {
    where.push('d.direction = ?');
    params.push(filter.direction);
  }
  if (filter.registerStatus === 'unregistered') where.push("i.document_id IS NULL AND d.direction = 'incoming'");
  else if (filter.registerStatus !== 'any') {
    where.push('i.status = ?');
    params.push(filter.registerStatus);
  }
  return { sql: where.length ? where.join(' AND ') : '1', params };
}

const ORDER = {
  issuedDesc: 'd.issued_on DESC, d.rowid DESC',
  issuedAsc: 'd.issued_on ASC, d.rowid ASC',
  arrivalDesc: 'i.year DESC, i.arrival_number DESC, d.issued_on DESC',
} as const;

export function listDocuments(db: Db, filter: Filter): DocumentListPage {
  const { sql, params } = filterClause(filter);
  const from = 'FROM documents d LEFT JOIN incoming i ON i.document_id = d.id';
  const total = (db.prepare(`SELECT COUNT(*) AS n ${from} WHERE ${sql}`).get(...params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} ${from} WHERE ${sql} ORDER BY ${ORDER[filter.sort]} LIMIT ? OFFSET ?`)
    .all(...params, filter.limit, filter.offset) as SummaryRow[];
  return { total, items: rows.map(toSummary) };
}

export function searchDocuments(db: Db, input: z.output<typeof searchInput>): SearchResultPage {
  const started = performance.now();
  const parsed = parseSearchQuery(input.query);
  const completions = parsed.prefixWord ? completePrefix(db, parsed.prefixWord) : null;
  const words = matchExpression(parsed, completions);
  if (!words) {
    const page = listDocuments(db, input);
    return {
      total: page.total,
      totalIsLowerBound: false,
      items: page.items.map((s) => ({ ...s, subjectHighlight: [{ text: s.subject, hit: false }], snippet: [] })),
      tookMs: performance.now() - started,
    };
  }
  const { sql, params } = filterClause(input);
  // Type and year are words of the index too: FTS5 intersects them with the query before any row is read.
  const tags = [input.typeId ? `tags:"${searchTags(input.typeId, null)}"` : '', input.year ? `tags:"y${input.year}"` : ''].filter(Boolean);
  const match = [words, ...tags].join(' AND ');
  const from = `FROM documents_fts f JOIN documents d ON d.rowid = f.rowid LEFT JOIN incoming i ON i.document_id = d.id
    WHERE documents_fts MATCH ? AND ${sql}`;
  // Counting stops at the cap: a one-word query can match most of a 100,000-document archive, and neither an
  // exact count nor a ranking of all of it is needed to show the first page. The matches counted are kept (only
  // their rowid and date, which come before the body in the row) to be ranked when there are few enough.
  const matches = db
    .prepare(`SELECT d.rowid AS r, d.issued_on AS issuedOn, d.number_symbol AS numberSymbol, d.subject ${from} LIMIT ${COUNT_CAP + 1}`)
    .all(match, ...params) as Match[];
  const broad = matches.length > COUNT_CAP;
  const total = Math.min(matches.length, COUNT_CAP);
  // Broad queries come newest first by walking the index backwards; narrow ones are ranked (see rankInTiers); the
  // other sorts are the list's. Only then are the rows of the page read in full (a body is up to tens of kilobytes).
  const page =
    input.sort === 'issuedDesc' && !broad
      ? rankInTiers(matches, parsed).slice(input.offset, input.offset + input.limit)
      : (db
          .prepare(`SELECT d.rowid AS r ${from} ORDER BY ${input.sort === 'issuedDesc' ? 'f.rowid DESC' : ORDER[input.sort]} LIMIT ? OFFSET ?`)
          .pluck()
          .all(match, ...params, input.limit, input.offset) as number[]);
  const byRowid = new Map(
    (db
      .prepare(`SELECT d.rowid AS r, ${SUMMARY_COLUMNS}, d.body FROM documents d LEFT JOIN incoming i ON i.document_id = d.id
        WHERE d.rowid IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(page)) as (SummaryRow & { r: number; body: string })[]).map((row) => [row.r, row]),
  );
  const rows = page.flatMap((r) => byRowid.get(r) ?? []);
  return {
    total,
    totalIsLowerBound: broad,
    items: rows.map((row) => ({
      ...toSummary(row),
      subjectHighlight: highlightAll(row.subject, parsed.words, parsed.prefixWord),
      snippet: snippet(row.body, parsed.words, parsed.prefixWord),
    })),
    tookMs: performance.now() - started,
  };
}

export function archiveFacets(db: Db): ArchiveFacets {
  const years = (db.prepare('SELECT DISTINCT issued_year AS y FROM documents WHERE issued_year IS NOT NULL ORDER BY y DESC').all() as { y: number }[]).map(
    (r) => r.y,
  );
  const issuers = db
    .prepare('SELECT MIN(issuer) AS issuer, COUNT(*) AS count FROM documents GROUP BY issuer_key ORDER BY count DESC, issuer LIMIT 200')
    .all() as { issuer: string; count: number }[];
  const types = (db.prepare('SELECT type_id AS typeId, COUNT(*) AS count FROM documents GROUP BY type_id ORDER BY count DESC').all() as {
    typeId: string;
    count: number;
  }[]).map((t) => ({ ...t, typeName: documentTypeName(t.typeId) }));
  return { years, issuers, types };
}
