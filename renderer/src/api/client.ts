import type { ApiClient } from '../../../shared/ipc/contract';
import { ApiError, createHttpClient } from './httpClient';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    api?: ApiClient & { wrapErrors?: true };
  }
}

function electronClient(api: ApiClient): ApiClient {
  return {
    async invoke(name, input) {
      const envelope = (await api.invoke(name, input)) as unknown as { ok: boolean; value?: never; error?: ConstructorParameters<typeof ApiError>[0] };
      if (envelope.ok) return envelope.value as never;
      throw new ApiError(envelope.error ?? { code: 'INTERNAL', message: 'Lỗi không xác định.' });
    },
    subscribe: (listener) => api.subscribe(listener),
  };
}

export const api: ApiClient = window.api ? electronClient(window.api) : createHttpClient();

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The fields a refusal names, each with its message, for a form to show beside them. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiError && error.fields ? error.fields : {};
}

export { ApiError };
