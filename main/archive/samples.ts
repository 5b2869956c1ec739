import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentTypeIdFor } from '../../shared/domain/documentTypes';
import type { Db } from '../db/open';
import { readSetting, writeSetting } from '../db/settings';
import type { HeaderReader } from './headerReader';
import { deleteDocuments } from './documentsRepo';
import { registerIncoming } from './registration';

/**
 * The sample archive: real directives shipped in resources/samples. Their text files lost the left header
 * column, so samples.json gives what the paper shows there (issuer, parent) and when each arrived.
 */
type SampleMeta = { file: string; issuer: string; parentIssuer: string; arrivedOn: string; recipient: string };

const LOADED_KEY = 'samples.loaded';

/** Drops Markdown emphasis and heading marks that the sample transcriptions carry. */
export function plainText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*{1,3}([^*\n]+)\*{1,3}/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Loads the samples once per data folder; a clerk who removed them does not get them back. */
export function loadSamplesOnce(db: Db, samplesDir: string, reader: HeaderReader): number {
  if (readSetting(db, LOADED_KEY) !== null) return 0;
  const metas = (JSON.parse(readFileSync(join(samplesDir, 'samples.json'), 'utf8')) as SampleMeta[]).sort((a, b) => a.arrivedOn.localeCompare(b.arrivedOn));
  const files = new Set(readdirSync(samplesDir));
  let loaded = 0;
  db.transaction(() => {
    for (const meta of metas) {
      if (!files.has(meta.file)) continue;
      const raw = readFileSync(join(samplesDir, meta.file), 'utf8');
      const header = reader.readHeader(raw);
      const body = plainText(raw);
      registerIncoming(
        db,
        {
          direction: 'incoming',
          typeId: documentTypeIdFor(header.type, header.symbol),
          numberText: header.number === null ? null : header.numberSymbol?.split('/')[0] ?? String(header.number),
          number: header.number,
          symbol: header.symbol,
          issuer: header.issuer ?? meta.issuer,
          parentIssuer: header.parentIssuer ?? meta.parentIssuer,
          place: header.place,
          issuedOn: header.issuedOn,
          subject: header.subject ?? '',
          body,
          addressees: header.addressees,
          distribution: header.distribution,
          signerName: header.signerName,
          signerTitle: header.signerTitle,
          signingAuthority: header.signingAuthority,
          urgency: 'normal',
          secrecy: 'none',
          reportDeadline: header.reportDeadline,
          isSample: true,
          citations: reader.readCitations(body, header.numberSymbol),
        },
        { arrivedOn: meta.arrivedOn, channel: 'file', recipient: meta.recipient, note: 'Văn bản mẫu' },
      );
      loaded++;
    }
    writeSetting(db, LOADED_KEY, new Date().toISOString());
  })();
  return loaded;
}

export function countSamples(db: Db): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM documents WHERE is_sample = 1').get() as { n: number }).n;
}

export function removeSamples(db: Db): number {
  return db.transaction(() => {
    const ids = (db.prepare('SELECT id FROM documents WHERE is_sample = 1').all() as { id: string }[]).map((r) => r.id);
    return deleteDocuments(db, ids);
  })();
}
