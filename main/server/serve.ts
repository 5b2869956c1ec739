import { join } from 'node:path';
import { createServices, type Services } from '../services';
import { startBridge, type Bridge } from './httpBridge';

export type BrowserMode = { services: Services; bridge: Bridge; stop(): Promise<void> };

/** Browser mode: the real services behind the loopback bridge, serving the built UI. */
export async function startBrowserMode(options: {
  dataDir: string;
  resourcesDir: string;
  distDir: string;
  port?: number;
  token?: string;
  /** Start the daily backup and the start-up integrity check (off in most tests). */
  backgroundTasks?: boolean;
  /** Which PC this is (tests play a second PC); the real one by default. */
  machine?: string;
}): Promise<BrowserMode> {
  const services = createServices({ dataDir: options.dataDir, resourcesDir: options.resourcesDir, ...(options.machine ? { machine: options.machine } : {}) });
  if (options.backgroundTasks ?? true) void services.startBackgroundTasks();
  const bridge = await startBridge({
    router: services.router,
    events: services.events,
    staticDir: join(options.distDir, 'renderer'),
    ...(options.port ? { port: options.port } : {}),
    ...(options.token ? { token: options.token } : {}),
  });
  return {
    services,
    bridge,
    async stop() {
      await bridge.close();
      services.close();
    },
  };
}
