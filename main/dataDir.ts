import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where an office's data lives when nothing else is said: the per-user application-data folder. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.VANTHU_DATA) return resolve(env.VANTHU_DATA);
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(homedir(), '.config'));
  return join(appData, 'van-thu-cong-doan');
}
