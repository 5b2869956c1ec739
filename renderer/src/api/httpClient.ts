import { AppError, isErrorCode, type WireError } from '../../../shared/errors';
import type { ApiClient, AppEvent } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/ipc/define';

/** The error a call rejects with: the wire error, readable by forms (fields) and banners (message). */
export class ApiError extends Error {
  readonly code: string;
  readonly fields: Record<string, string> | undefined;
  readonly documentId: string | undefined;
  constructor(error: WireError) {
    super(error.message);
    this.code = error.code;
    this.fields = error.fields;
    this.documentId = error.documentId;
  }
}

const TOKEN_KEY = 'vanthu.token';
const KEEPALIVE_LIMIT = 60_000;

/** Takes the per-launch token from the address the bridge printed (#token=...), then hides it from the URL. */
function takeToken(): string {
  const match = /token=([0-9a-f]+)/.exec(location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** Browser mode: the same operations as POST /api/<name> on the loopback bridge. */
export function createHttpClient(): ApiClient {
  const token = takeToken();
  return {
    async invoke(name, input) {
      let response: Response;
      const body = JSON.stringify(input ?? {});
      try {
        response = await fetch(`/api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-vanthu-token': token },
          body,
          // A request sent as the page closes (the last autosave) still reaches the program; browsers allow it
          // for bodies under 64 KB only.
          keepalive: body.length < KEEPALIVE_LIMIT && new TextEncoder().encode(body).byteLength < KEEPALIVE_LIMIT,
        });
      } catch {
        throw new ApiError({ code: 'INTERNAL', message: 'Không kết nối được với chương trình. Hãy kiểm tra chương trình còn chạy rồi tải lại trang.' });
      }
      const envelope = (await response.json()) as Envelope<never>;
      if (envelope.ok) return envelope.value;
      const code = isErrorCode(envelope.error.code) ? envelope.error.code : 'INTERNAL';
      throw new ApiError({ ...envelope.error, code });
    },
    subscribe(listener: (event: AppEvent) => void) {
      const source = new EventSource(`/api/events?token=${token}`);
      source.onmessage = (message) => listener(JSON.parse(message.data as string) as AppEvent);
      return () => source.close();
    },
  };
}

export { AppError };
