import type { HeaderReader } from '../archive/headerReader';
import { readCitations, readHeader } from './header/index';

/** The intake reader as the archive uses it (sample loading, hand entry, citation links). */
export const headerReader: HeaderReader = {
  readHeader,
  readCitations: (text, ownNumberSymbol) => readCitations(text, ownNumberSymbol),
};
