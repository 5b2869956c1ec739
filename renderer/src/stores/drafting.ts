import { create } from 'zustand';
import type { DraftDocument } from '../../../shared/domain/draft';
import type { DraftView } from '../../../shared/ipc/drafting';
import { api, errorMessage } from '../api/client';

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
  try {
    const draft = await api.invoke('drafts:get', { id });
    useDrafting.setState({ draft, dirty: false, savedAt: draft.updatedAt, error: null });
  } catch (error) {
    useDrafting.setState({ draft: null, error: errorMessage(error) });
  }
}

export function editDraft(change: (content: DraftDocument) => DraftDocument): void {
  const { draft } = useDrafting.getState();
  if (!draft) return;
  useDrafting.setState({ draft: { ...draft, content: change(draft.content) }, dirty: true });
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
