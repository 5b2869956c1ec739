/** IPC channel names shared by the shell and the preload (plain strings, no Electron import). */
export const INVOKE_CHANNEL = 'vanthu:invoke';
export const EVENT_CHANNEL = 'vanthu:event';
export const APP_SCHEME = 'vanthu';
