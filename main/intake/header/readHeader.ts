import type { ExtractedHeader } from '../../../shared/domain/document';
import { readCitations } from './citations';
import { readDeadline } from './deadline';
import { findIssuers } from './issuer';
import { sourcesOf, toLines, type Line } from './lines';
import { findMarks } from './marks';
import { findAddressees, findDistribution, findDistributionLabel } from './lists';
import { findNumberLine } from './numberLine';
import { isParagraphOpener } from './patterns';
import { findPlaceDate } from './placeDate';
import { findSignature } from './signature';
import { findOfficialLetterSubject, findTypeLine, readTitleSubject, resolveType } from './typeAndSubject';

export type HeaderField = keyof ExtractedHeader;

/** For each field, the 0-based indexes of the lines of the given text it was read from (empty when absent). */
export type HeaderSources = Record<HeaderField, number[]>;

export type HeaderWithSources = { header: ExtractedHeader; sources: HeaderSources };

const HEADER_LIMIT = 60;

export function emptyHeader(): ExtractedHeader {
  return {
    numberSymbol: null,
    number: null,
    symbol: null,
    type: null,
    issuer: null,
    parentIssuer: null,
    place: null,
    issuedOn: null,
    subject: null,
    addressees: [],
    distribution: [],
    signerName: null,
    signerTitle: null,
    signingAuthority: null,
    citations: [],
    reportDeadline: null,
    urgency: null,
    secrecy: null,
  };
}

function emptySources(): HeaderSources {
  const entries = Object.keys(emptyHeader()).map((k) => [k, [] as number[]]);
  return Object.fromEntries(entries) as HeaderSources;
}

function firstBodyLine(lines: readonly Line[]): number {
  // Names of bodies are left out: an issuer printed in lower case must not end the header.
  for (let i = 0; i < Math.min(lines.length, HEADER_LIMIT); i++) if (isParagraphOpener(lines[i] as Line)) return i;
  return Math.min(lines.length, HEADER_LIMIT);
}

function firstLineMatching(lines: readonly Line[], test: (text: string) => boolean): number[] {
  const i = lines.findIndex((line) => line.text !== '' && test(line.text));
  return i < 0 ? [] : [...(lines[i] as Line).source];
}

/** The reader without its safety net: tests call it so that a bug shows up as an exception, not as empty fields. */
export function readHeaderStrict(text: string): HeaderWithSources {
  const lines = toLines(text);
  const header = emptyHeader();
  const sources = emptySources();
  const src = (indexes: number[]): number[] => sourcesOf(lines, indexes);

  const bodyStart = firstBodyLine(lines);
  const numberLine = findNumberLine(lines, HEADER_LIMIT);
  if (numberLine) {
    header.numberSymbol = numberLine.numberSymbol;
    header.number = numberLine.number;
    header.symbol = numberLine.symbol;
    sources.numberSymbol = sources.number = sources.symbol = src(numberLine.lines);
  }
  const marks = findMarks(lines, HEADER_LIMIT);
  header.urgency = marks.urgency;
  header.secrecy = marks.secrecy;
  sources.urgency = src(marks.urgencyLines);
  sources.secrecy = src(marks.secrecyLines);
  const placeDate = findPlaceDate(lines, HEADER_LIMIT);
  if (placeDate) {
    header.place = placeDate.place;
    header.issuedOn = placeDate.issuedOn;
    sources.issuedOn = src(placeDate.lines);
    if (placeDate.place !== null) sources.place = sources.issuedOn;
  }
  const typeLine = findTypeLine(lines, bodyStart);
  const titleSubject = typeLine ? readTitleSubject(lines, typeLine) : null;
  const headerParts = new Set<number>([...(numberLine?.lines ?? []), ...(placeDate?.lines ?? [])]);
  const letterSubject = findOfficialLetterSubject(lines, typeLine ? typeLine.line : bodyStart, headerParts);
  header.type = resolveType(typeLine, letterSubject !== null, header.symbol, header.number !== null);
  if (typeLine) sources.type = src([typeLine.line]);
  else if (letterSubject) sources.type = src(letterSubject.lines.slice(0, 1));
  else if (header.type !== null) sources.type = sources.symbol;
  const subject = titleSubject ?? letterSubject;
  if (subject) {
    header.subject = subject.subject;
    sources.subject = src(subject.lines);
  }

  const distributionLabel = findDistributionLabel(lines);
  const addressees = findAddressees(lines, distributionLabel >= 0 ? distributionLabel : lines.length);
  header.addressees = addressees.items;
  sources.addressees = src(addressees.lines);

  const zoneEnd = Math.min(
    bodyStart,
    typeLine?.line ?? HEADER_LIMIT,
    letterSubject?.lines[0] ?? HEADER_LIMIT,
    addressees.lines[0] ?? HEADER_LIMIT,
  );
  const issuers = findIssuers(lines, zoneEnd, headerParts, numberLine?.lines[0] ?? -1);
  header.issuer = issuers.issuer;
  header.parentIssuer = issuers.parentIssuer;
  sources.issuer = src(issuers.issuerLines);
  sources.parentIssuer = src(issuers.parentLines);

  const distribution = findDistribution(lines, distributionLabel);
  header.distribution = distribution.items;
  sources.distribution = src(distribution.lines);

  const signature = findSignature(lines, distributionLabel);
  header.signerName = signature.signerName;
  header.signerTitle = signature.signerTitle;
  header.signingAuthority = signature.signingAuthority;
  sources.signerName = src(signature.lines.name);
  sources.signerTitle = src(signature.lines.title);
  sources.signingAuthority = src(signature.lines.authority);

  const citations = readCitations(text, header.numberSymbol);
  header.citations = citations.map((c) => c.numberSymbol);
  const wanted = new Set(header.citations);
  const citationLines = new Set<number>();
  for (const line of lines) {
    if (wanted.size === 0) break;
    if (line.text === '' || !/\d/.test(line.text)) continue;
    for (const c of readCitations(line.text)) {
      if (!wanted.delete(c.numberSymbol)) continue;
      for (const s of line.source) citationLines.add(s);
    }
  }
  sources.citations = [...citationLines].sort((a, b) => a - b);

  const deadline = readDeadline(text, header.issuedOn);
  if (deadline) {
    header.reportDeadline = deadline.date;
    sources.reportDeadline = firstLineMatching(lines, (t) => readDeadline(t, header.issuedOn)?.date === deadline.date);
  }
  return { header, sources };
}

/** Reads the header and remembers which lines of `text` each field came from, for a review form. Never throws. */
export function readHeaderWithSources(text: string): HeaderWithSources {
  try {
    return readHeaderStrict(typeof text === 'string' ? text : '');
  } catch {
    return { header: emptyHeader(), sources: emptySources() };
  }
}

/** Reads the header of a Vietnamese administrative document from its text. Never throws. */
export function readHeader(text: string): ExtractedHeader {
  return readHeaderWithSources(text).header;
}

/** The lines a field came from, as text, for showing beside the field. */
export function sourceText(text: string, lineIndexes: readonly number[]): string {
  const all = text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n');
  return lineIndexes.map((i) => all[i] ?? '').join('\n');
}
