import type { AppEvent } from '../shared/ipc/contract';

/** Main-side events for the UI (progress, reminders, sync status); each transport forwards them. */
export type EventBus = {
  emit(type: string, payload: unknown): void;
  subscribe(listener: (event: AppEvent) => void): () => void;
};

export function createEventBus(): EventBus {
  const listeners = new Set<(event: AppEvent) => void>();
  return {
    emit(type, payload) {
      for (const listener of [...listeners]) {
        try {
          listener({ type, payload });
        } catch (error) {
          console.error(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
