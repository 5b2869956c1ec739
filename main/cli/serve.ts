import { resolve } from 'node:path';
import { defaultDataDir } from '../dataDir';
import { startBrowserMode } from '../server/serve';
import { parseArgs } from './args';
import type { CliIo } from './io';

/** The project's shipped data (sample archive), found from this file when run from source. */
export function defaultResourcesDir(): string {
  return resolve(import.meta.dirname, '..', '..', 'resources');
}

/** `vanthu serve [--data DIR] [--port N]`: the UI in browser mode on 127.0.0.1. */
export async function serveCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['data', 'port']);
  const dataDir = args.options.get('data') ? resolve(args.options.get('data') as string) : defaultDataDir();
  const port = args.options.get('port') ? Number(args.options.get('port')) : undefined;
  const mode = await startBrowserMode({
    dataDir,
    resourcesDir: defaultResourcesDir(),
    distDir: resolve(defaultResourcesDir(), '..', 'dist'),
    ...(port ? { port } : {}),
  });
  io.stdout.write(`Dữ liệu: ${dataDir}\n`);
  io.stdout.write(`Mở trình duyệt tại: ${mode.bridge.url}\n`);
  await new Promise<void>((done) => {
    const stop = () => {
      void mode.stop().then(done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
