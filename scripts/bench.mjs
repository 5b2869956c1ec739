// `npm run bench`: builds the UI, then runs the benchmark under tsx with an exposed GC (for memory figures).
import { spawnSync } from 'node:child_process';
import { buildRenderer } from './build.mjs';

await buildRenderer();
const result = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', 'tests/bench/run.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
