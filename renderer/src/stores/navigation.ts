import { create } from 'zustand';
import { openDraftAtStart } from './pendingEdits';

export type Route =
  | { name: 'archive' }
  /** `query`: opened from a search, whose words are marked in the full text. */
  | { name: 'document'; id: string; query?: string }
  | { name: 'incomingRegister' }
  | { name: 'manualEntry' }
  | { name: 'intake' }
  | { name: 'drafts' }
  | { name: 'draft'; id: string }
  | { name: 'outgoingRegister' }
  | { name: 'units' }
  | { name: 'backup' }
  | { name: 'tracking' }
  | { name: 'trackingDirective'; id: string }
  | { name: 'trackingOverview' }
  | { name: 'sync' }
  | { name: 'todo' }
  | { name: 'registers' }
  | { name: 'profile' };

type NavigationState = { route: Route; history: Route[] };

/** A reload keeps the clerk in the draft being edited; otherwise the program opens on Việc cần làm. */
function startRoute(): Route {
  const draftId = openDraftAtStart();
  return draftId ? { name: 'draft', id: draftId } : { name: 'todo' };
}

export const useNavigation = create<NavigationState>(() => ({ route: startRoute(), history: [] }));

export function navigate(route: Route): void {
  useNavigation.setState((s) => ({ route, history: [...s.history.slice(-30), s.route] }));
}

export function goBack(): void {
  useNavigation.setState((s) => {
    const previous = s.history.at(-1);
    return previous ? { route: previous, history: s.history.slice(0, -1) } : s;
  });
}
