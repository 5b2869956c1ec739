import type { CliIo } from './io';
import { serveCommand } from './serve';

type Command = { run(argv: string[], io: CliIo): Promise<number>; help: string };

/** Each command loads its module on demand so `vanthu extract` does not open a database. */
const COMMANDS: Record<string, Command> = {
  serve: { run: serveCommand, help: 'serve [--data DIR] [--port N]      mở giao diện trong trình duyệt (127.0.0.1)' },
  'export-bundle': {
    run: async (argv, io) => (await import('./sync')).exportBundleCommand(argv, io),
    help: 'export-bundle --to THƯ_MỤC [--peer MÃ]   xuất gói trao đổi cho các đơn vị',
  },
  'import-bundle': {
    run: async (argv, io) => (await import('./sync')).importBundleCommand(argv, io),
    help: 'import-bundle TỆP|THƯ_MỤC...          nhập gói trao đổi',
  },
  relay: {
    run: async (argv, io) => (await import('./sync')).relayCommand(argv, io),
    help: 'relay --data THƯ_MỤC --port N          chạy máy chủ trung chuyển gói',
  },
  extract: {
    run: async (argv, io) => (await import('./extract')).extractCommand(argv, io),
    help: 'extract FILE... [--json]             đọc phần đầu văn bản (số, ký hiệu, ngày, trích yếu…)',
  },
};

export function usage(): string {
  return ['Cách dùng: vanthu <lệnh> [tham số]', '', ...Object.values(COMMANDS).map((c) => `  vanthu ${c.help}`)].join('\n');
}

const HELP = new Set(['--help', '-h', 'help']);

export async function runCli(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [name, ...rest] = argv;
  // Asked for: the usage on stdout, so it can be paged or saved.
  if (name === undefined || HELP.has(name)) {
    io.stdout.write(`${usage()}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr.write(`Không có lệnh “${name}”.\n${usage()}\n`);
    return 2;
  }
  return command.run(rest, io);
}
