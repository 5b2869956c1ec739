// Builds what the app runs: the renderer (Vite) and the Electron main and preload bundles (esbuild).
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';

export async function buildRenderer() {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}

export async function buildElectron() {
  // import.meta is empty in a CommonJS bundle; the one place that reads it (main/workers/runInWorker.ts) finds the
  // bundled worker first and only falls back to import.meta.url when run from source.
  const common = {
    bundle: true, platform: 'node', target: 'node22', format: 'cjs', sourcemap: true, logLevel: 'warning',
    logOverride: { 'empty-import-meta': 'silent' },
  };
  await esbuild({ ...common, entryPoints: ['main/app/main.ts'], outfile: 'dist/app/main.cjs', external: ['electron', 'better-sqlite3'] });
  await esbuild({ ...common, entryPoints: ['main/app/preload.ts'], outfile: 'dist/app/preload.cjs', external: ['electron'] });
  // The bundle import and the integrity check run in worker threads next to the main bundle (main/workers/runInWorker.ts
  // finds them there).
  for (const [name, entry] of [['importWorker', 'main/sync/importWorker.ts'], ['integrityWorker', 'main/backup/integrityWorker.ts']]) {
    await esbuild({ ...common, entryPoints: [entry], outfile: `dist/app/${name}.cjs`, external: ['better-sqlite3'] });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildRenderer();
  await buildElectron();
  console.log('Đã dựng xong giao diện và ứng dụng Electron vào thư mục dist/.');
}
