/** The screens of the program, each with its own address in the page's URL (#/kho-van-ban, #/van-ban/<id>…). */
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

type RouteName = Route['name'];
type WithId = Extract<Route, { id: string }>['name'];

/** Addresses in the clerk's words, without diacritics so that they read the same when copied. */
const PATHS: Record<RouteName, string> = {
  todo: 'viec-can-lam',
  archive: 'kho-van-ban',
  document: 'van-ban',
  incomingRegister: 'so-van-ban-den',
  intake: 'nhan-van-ban-tu-tep',
  manualEntry: 'vao-so-van-ban-giay',
  drafts: 'soan-thao',
  draft: 'ban-thao',
  outgoingRegister: 'so-van-ban-di',
  registers: 'in-so-bao-cao',
  tracking: 'theo-doi',
  trackingDirective: 'theo-doi-van-ban',
  trackingOverview: 'tong-hop-theo-don-vi',
  sync: 'trao-doi-goi',
  units: 'danh-ba-don-vi',
  backup: 'sao-luu',
  profile: 'thong-tin-co-quan',
};
const NAMES = new Map(Object.entries(PATHS).map(([name, path]) => [path, name as RouteName]));
const WITH_ID: ReadonlySet<RouteName> = new Set<WithId>(['document', 'draft', 'trackingDirective']);

export function hashOfRoute(route: Route): string {
  const id = 'id' in route ? `/${encodeURIComponent(route.id)}` : '';
  const query = route.name === 'document' && route.query ? `?q=${encodeURIComponent(route.query)}` : '';
  return `#/${PATHS[route.name]}${id}${query}`;
}

/** The screen an address names, or null for an address that names none (the program then opens its home). */
export function routeOfHash(hash: string): Route | null {
  const match = /^#\/([a-z-]+)(?:\/([^/?]+))?(?:\?q=(.*))?$/.exec(hash);
  const name = match?.[1] ? NAMES.get(match[1]) : undefined;
  if (!match || !name) return null;
  try {
    const id = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
    if (WITH_ID.has(name) !== (id !== undefined)) return null;
    if (name === 'document') {
      const query = match[3] ? decodeURIComponent(match[3]) : '';
      return { name, id: id as string, ...(query ? { query } : {}) };
    }
    return (id === undefined ? { name } : { name, id }) as Route;
  } catch {
    // A hand-typed address with a broken %-escape.
    return null;
  }
}
