import type { DraftDocument } from '../../../shared/domain/draft';
import { draftDocumentSchema } from '../../../shared/domain/draftSchema';

/**
 * Edits not yet saved, kept in the browser's storage on every change: if the page closes before the autosave
 * (a reload, a crash, the window shut), the draft opens again with them. Kept until a save covers them.
 */
const keyOf = (id: string) => `vanthu.draftEdits.${id}`;
const OPEN_KEY = 'vanthu.editingDraft';

type Pending = { content: DraftDocument; editedAt: string };

export function keepPendingEdits(id: string, content: DraftDocument, now = new Date()): void {
  try {
    localStorage.setItem(keyOf(id), JSON.stringify({ content, editedAt: now.toISOString() } satisfies Pending));
  } catch {
    // Storage full or refused: the autosave still runs, only this safety net is missing.
  }
}

export function dropPendingEdits(id: string): void {
  try {
    localStorage.removeItem(keyOf(id));
  } catch {
    // Nothing to drop.
  }
}

/** The edits made after the draft was last saved (by any window), or null when the saved draft is as new. */
export function takePendingEdits(id: string, savedAt: string): DraftDocument | null {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(keyOf(id));
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const pending = JSON.parse(raw) as Partial<Pending>;
    const content = draftDocumentSchema.safeParse(pending.content);
    if (content.success && typeof pending.editedAt === 'string' && pending.editedAt > savedAt) return content.data as DraftDocument;
  } catch {
    // Unreadable: dropped below.
  }
  dropPendingEdits(id);
  return null;
}

/** The draft open in the editor, so a reload of the page reopens it instead of the home screen. */
export function rememberOpenDraft(id: string | null): void {
  try {
    if (id) sessionStorage.setItem(OPEN_KEY, id);
    else sessionStorage.removeItem(OPEN_KEY);
  } catch {
    // Not remembered: the page opens on the home screen.
  }
}

export function openDraftAtStart(): string | null {
  try {
    return sessionStorage.getItem(OPEN_KEY);
  } catch {
    return null;
  }
}
