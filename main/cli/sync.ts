import { resolve } from 'node:path';
import { createServices } from '../services';
import { defaultDataDir } from '../dataDir';
import { startRelay } from '../sync/relay/server';
import { parseArgs } from './args';
import type { CliIo } from './io';
import { defaultResourcesDir } from './serve';

function servicesFor(data: string | undefined) {
  return createServices({ dataDir: data ? resolve(data) : defaultDataDir(), resourcesDir: defaultResourcesDir(), samples: false });
}

async function call(services: ReturnType<typeof servicesFor>, name: string, input: unknown, io: CliIo): Promise<unknown> {
  const envelope = await services.router.dispatch(name, input);
  if (!envelope.ok) {
    io.stderr.write(`${envelope.error.message}\n`);
    return null;
  }
  return envelope.value;
}

/** `vanthu export-bundle --to FOLDER [--peer UNIT]... [--data DIR]` */
export async function exportBundleCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['to', 'data', 'peer']);
  const folder = args.options.get('to');
  if (!folder) {
    io.stderr.write('Hãy cho biết thư mục đích: vanthu export-bundle --to THƯ_MỤC [--peer MÃ_ĐƠN_VỊ]\n');
    return 2;
  }
  const services = servicesFor(args.options.get('data'));
  try {
    const peer = args.options.get('peer');
    const result = (await call(services, 'sync:export', { folder: resolve(folder), ...(peer ? { peers: [peer] } : {}) }, io)) as { fileName: string; ops: number }[] | null;
    if (!result) return 1;
    for (const r of result) io.stdout.write(`${r.fileName}\t${r.ops} thao tác\n`);
    io.stdout.write('Đã ghi và kiểm tra lại các gói: có thể rút USB.\n');
    return 0;
  } finally {
    services.close();
  }
}

/** `vanthu import-bundle FILE|FOLDER... [--data DIR]` */
export async function importBundleCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['data']);
  if (args.positional.length === 0) {
    io.stderr.write('Hãy cho biết tệp gói (.ctb) hoặc thư mục: vanthu import-bundle TỆP...\n');
    return 2;
  }
  const services = servicesFor(args.options.get('data'));
  let failed = 0;
  try {
    for (const target of args.positional) {
      const path = resolve(target);
      const { statSync, readFileSync } = await import('node:fs');
      const info = statSync(path, { throwIfNoEntry: false });
      if (!info) {
        io.stderr.write(`Không tìm thấy “${target}”. Hãy kiểm tra lại tên tệp gói hoặc thư mục (USB đã cắm chưa) rồi chạy lại.\n`);
        failed++;
        continue;
      }
      const results = info.isDirectory()
        ? ((await call(services, 'sync:importFolder', { folder: path }, io)) as { fileName: string; status: string; message: string }[] | null) ?? []
        : [(await call(services, 'sync:importFile', { fileName: path.split(/[\\/]/).pop(), contentBase64: readFileSync(path).toString('base64') }, io)) as { fileName: string; status: string; message: string }];
      for (const r of results) {
        if (!r) continue;
        if (r.status === 'rejected') failed++;
        io.stdout.write(`${r.fileName}\t${r.status}\t${r.message}\n`);
      }
    }
    return failed ? 1 : 0;
  } finally {
    services.close();
  }
}

/** `vanthu relay --data DIR --port N [--host 127.0.0.1]` */
export async function relayCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['data', 'port', 'host']);
  const dataDir = resolve(args.options.get('data') ?? 'relay-data');
  const relay = await startRelay({ dataDir, port: Number(args.options.get('port') ?? 8787), host: args.options.get('host') ?? '127.0.0.1' });
  io.stdout.write(`Máy chủ trung chuyển đang chạy tại ${relay.url} (dữ liệu: ${dataDir})\n`);
  await new Promise<void>((done) => {
    const stop = () => void relay.close().then(done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
