export { readCitations, type CitationFound } from './citations';
export { emptyHeader, readHeader, readHeaderStrict, readHeaderWithSources, sourceText } from './readHeader';
export type { HeaderField, HeaderSources, HeaderWithSources } from './readHeader';
