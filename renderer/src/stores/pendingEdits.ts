import type { DraftDocument } from '../../../shared/domain/draft';
import { draftDocumentSchema } from '../../../shared/domain/draftSchema';

/**
 * Edits not yet saved, kept in the browser's storage on every change: if the page closes before the autosave
 * (a reload, a crash, the window shut), the draft opens again with them. Kept until a save covers them.
 */
const keyOf = (id: string) => `vanthu.draftEdits.${id}`;

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
