import type { ExtractedHeader } from '../../shared/domain/document';
import type { CitationInput } from './documentsRepo';

/** What the archive needs from the intake reader: the header of a text and the documents it cites. */
export type HeaderReader = {
  readHeader(text: string): ExtractedHeader;
  readCitations(text: string): CitationInput[];
};
