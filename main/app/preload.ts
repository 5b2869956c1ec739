import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AppEvent } from '../../shared/ipc/contract';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './channels';

/**
 * The renderer's only door to main: one invoke for contract operations (main validates every input) and one
 * event subscription that returns its unsubscribe function. ipcRenderer itself never reaches the page.
 */
const api = {
  invoke: (name: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, String(name), input),
  subscribe(listener: (event: AppEvent) => void): () => void {
    const handler = (_event: IpcRendererEvent, payload: AppEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
