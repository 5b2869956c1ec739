import { create } from 'zustand';
import { hashOfRoute, routeOfHash, type Route } from './routes';

export type { Route };

/**
 * Every screen is an entry of the page's history with its own address, so the browser's Back and Forward move
 * between screens, a reload reopens the screen (the draft being edited, the document open), and Electron keeps
 * the same history. An entry keeps how many screens of the program lie behind it, so "Quay lại" never leaves
 * the program, and how far the page was scrolled, so Back returns to the same place in a list.
 */
type Entry = { depth: number; scrollY?: number };
type NavigationState = { route: Route; depth: number };

const HOME: Route = { name: 'todo' };

function entry(): Entry {
  const state = history.state as Partial<Entry> | null;
  return { depth: typeof state?.depth === 'number' ? state.depth : 0, ...(typeof state?.scrollY === 'number' ? { scrollY: state.scrollY } : {}) };
}

function fromAddress(): NavigationState {
  return { route: routeOfHash(location.hash) ?? HOME, depth: entry().depth };
}

export const useNavigation = create<NavigationState>(fromAddress);

/** Ends the wait of a screen returned to for its content to reach the scroll position it had. */
let stopRestoring: (() => void) | null = null;

/**
 * Opens a screen. `replace`: the screen takes the place of the current one in the history, for a screen that
 * no longer exists once left (a draft just issued or deleted).
 */
export function navigate(route: Route, { replace = false }: { replace?: boolean } = {}): void {
  const hash = hashOfRoute(route);
  const { route: current, depth } = useNavigation.getState();
  if (hash === hashOfRoute(current)) return;
  stopRestoring?.();
  if (replace) {
    history.replaceState({ depth } satisfies Entry, '', hash);
    useNavigation.setState({ route });
  } else {
    history.replaceState({ ...entry(), scrollY: window.scrollY } satisfies Entry, '');
    history.pushState({ depth: depth + 1 } satisfies Entry, '', hash);
    useNavigation.setState({ route, depth: depth + 1 });
  }
  window.scrollTo(0, 0);
}

/** The previous screen of the program; opened straight from an address, `fallback` instead of leaving it. */
export function goBack(fallback: Route): void {
  if (useNavigation.getState().depth > 0) history.back();
  else navigate(fallback, { replace: true });
}

/**
 * Scrolls back to where the clerk was on the screen returned to. A screen that loads its content after it
 * opens grows into the position, so the page is watched for a short while until it is tall enough.
 */
function restoreScroll(y: number): void {
  stopRestoring?.();
  const observer = new ResizeObserver(() => {
    window.scrollTo(0, y);
    if (window.scrollY >= y - 1) stopRestoring?.();
  });
  const timer = setTimeout(() => stopRestoring?.(), 2000);
  stopRestoring = () => {
    observer.disconnect();
    clearTimeout(timer);
    stopRestoring = null;
  };
  observer.observe(document.body);
}

history.scrollRestoration = 'manual';
window.addEventListener('popstate', () => {
  useNavigation.setState(fromAddress());
  restoreScroll(entry().scrollY ?? 0);
});
