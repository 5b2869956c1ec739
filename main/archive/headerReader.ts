import type { ExtractedHeader } from '../../shared/domain/document';
import type { CitationInput } from './documentsRepo';

/** What the archive needs from the intake reader: the header of a text and the documents it cites. */
export type HeaderReader = {
  readHeader(text: string): ExtractedHeader;
  /** The documents a text cites, leaving out its own number, which its header and signature lines repeat. */
  readCitations(text: string, ownNumberSymbol: string | null): CitationInput[];
};
