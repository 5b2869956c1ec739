import { create } from 'zustand';
import type { DraftDocument } from '../../../shared/domain/draft';
import type { DraftView } from '../../../shared/ipc/drafting';
import { api, errorMessage } from '../api/client';
import { dropPendingEdits, keepPendingEdits, takePendingEdits } from './pendingEdits';

type DraftingState = {
  draft: DraftView | null;
  /** Edits not yet saved; the autosave writes them shortly after the clerk stops typing. */
  dirty: boolean;
  saving: boolean;
  savedAt: string | null;
  error: string | null;
};

export const useDrafting = create<DraftingState>(() => ({ draft: null, dirty: false, saving: false, savedAt: null, error: null }));

const AUTOSAVE_MS = 700;
let timer: ReturnType<typeof setTimeout> | null = null;

export async function openDraft(id: string): Promise<void> {
  await flushDraft();
  useDrafting.setState({ error: null });
  try {
    const draft = await api.invoke('drafts:get', { id });
    const pending = takePendingEdits(id, draft.updatedAt);
    useDrafting.setState({ draft: pending ? { ...draft, content: pending } : draft, dirty: pending !== null, savedAt: draft.updatedAt, error: null });
    if (pending) await flushDraft();
  } catch (error) {
    useDrafting.setState({ draft: null, error: errorMessage(error) });
  }
}

export function editDraft(change: (content: DraftDocument) => DraftDocument): void {
  const { draft } = useDrafting.getState();
  if (!draft) return;
  const content = change(draft.content);
  useDrafting.setState({ draft: { ...draft, content }, dirty: true });
  keepPendingEdits(draft.id, content);
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void flushDraft(), AUTOSAVE_MS);
}

/** Saves pending edits now (before leaving the editor, issuing or printing). */
export async function flushDraft(): Promise<boolean> {
  if (timer) clearTimeout(timer);
  timer = null;
  const { draft, dirty, saving } = useDrafting.getState();
  if (!draft || !dirty) return true;
  if (saving) {
    await new Promise((r) => setTimeout(r, 50));
    return flushDraft();
  }
  useDrafting.setState({ saving: true, dirty: false });
  try {
    const saved = await api.invoke('drafts:save', { id: draft.id, content: draft.content, baseRevision: draft.revision });
    if (!useDrafting.getState().dirty) dropPendingEdits(draft.id);
    useDrafting.setState((s) => ({
      saving: false,
      savedAt: saved.savedAt,
      error: null,
      draft: s.draft && s.draft.id === draft.id ? { ...s.draft, revision: saved.revision } : s.draft,
    }));
    return true;
  } catch (error) {
    useDrafting.setState({ saving: false, dirty: true, error: errorMessage(error) });
    return false;
  }
}

export function closeDraft(): void {
  void flushDraft().then(() => useDrafting.setState({ draft: null, dirty: false, savedAt: null, error: null }));
}

/**
 * The page may close at any moment (reload, tab or window shut, the computer put to sleep): pending edits are
 * sent at once instead of after the autosave pause. Requests leaving a closing page are kept alive by the
 * client; edits that still miss the save are in the browser's storage and come back when the draft reopens.
 */
function saveBeforeLeaving(): void {
  if (useDrafting.getState().dirty) void flushDraft();
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', saveBeforeLeaving);
  window.addEventListener('beforeunload', saveBeforeLeaving);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saveBeforeLeaving();
  });
}
