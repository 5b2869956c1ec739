import { create } from 'zustand';
import type { ArchiveFacets, DocumentSummary, SearchHit } from '../../../shared/ipc/archiveTypes';
import { api, errorMessage } from '../api/client';

export type ArchiveFilters = {
  typeId: string;
  year: string;
  issuer: string;
  registerStatus: 'any' | 'unregistered' | 'pending' | 'inProgress' | 'done' | 'noAction';
  sort: 'issuedDesc' | 'issuedAsc' | 'arrivalDesc';
};

type ArchiveState = {
  query: string;
  filters: ArchiveFilters;
  items: (SearchHit | (DocumentSummary & { subjectHighlight?: undefined; snippet?: undefined }))[];
  total: number;
  totalIsLowerBound: boolean;
  loading: boolean;
  error: string | null;
  facets: ArchiveFacets | null;
  /** Incremented per request so a slow answer never overwrites a newer one. */
  requestId: number;
};

export const useArchive = create<ArchiveState>(() => ({
  query: '',
  filters: { typeId: '', year: '', issuer: '', registerStatus: 'any', sort: 'issuedDesc' },
  items: [],
  total: 0,
  totalIsLowerBound: false,
  loading: false,
  error: null,
  facets: null,
  requestId: 0,
}));

function filterInput(filters: ArchiveFilters) {
  return {
    ...(filters.typeId ? { typeId: filters.typeId as never } : {}),
    ...(filters.year ? { year: Number(filters.year) } : {}),
    ...(filters.issuer ? { issuer: filters.issuer } : {}),
    registerStatus: filters.registerStatus,
    sort: filters.sort,
    limit: 50,
  };
}

export async function refreshArchive(): Promise<void> {
  const requestId = useArchive.getState().requestId + 1;
  useArchive.setState({ requestId, loading: true });
  const { query, filters } = useArchive.getState();
  try {
    const page = query.trim()
      ? await api.invoke('documents:search', { ...filterInput(filters), query })
      : await api.invoke('documents:list', filterInput(filters));
    if (useArchive.getState().requestId !== requestId) return;
    useArchive.setState({ items: page.items, total: page.total, totalIsLowerBound: 'totalIsLowerBound' in page && page.totalIsLowerBound === true, loading: false, error: null });
  } catch (error) {
    if (useArchive.getState().requestId !== requestId) return;
    useArchive.setState({ loading: false, error: errorMessage(error) });
  }
}

export async function loadFacets(): Promise<void> {
  try {
    useArchive.setState({ facets: await api.invoke('documents:facets', {}) });
  } catch (error) {
    useArchive.setState({ error: errorMessage(error) });
  }
}

export function setQuery(query: string): void {
  useArchive.setState({ query });
  void refreshArchive();
}

export function setFilter<K extends keyof ArchiveFilters>(key: K, value: ArchiveFilters[K]): void {
  useArchive.setState((s) => ({ filters: { ...s.filters, [key]: value } }));
  void refreshArchive();
}
