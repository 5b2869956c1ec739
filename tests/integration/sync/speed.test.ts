import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleThroughput } from '../../bench/bundleBench';
import { createTempDirs } from '../../helpers/tempDir';

const temp = createTempDirs('vanthu-speed-');
afterAll(() => temp.cleanup());

// 100 files of 3 MB (300 MB) with VANTHU_SYNC_SPEED_FULL=1; 300 KB each otherwise, to keep the suite short.
const FILE_BYTES = process.env.VANTHU_SYNC_SPEED_FULL ? 3 * 1024 * 1024 : 300 * 1024;

describe('bundle speed', () => {
  it('imports a bundle of 2,000 documents with 100 attachments in under 30 s', async () => {
    const result = await bundleThroughput(join(temp.make(), 'run'), 2000, 100, FILE_BYTES);
    expect(result.withFiles.bytes).toBe(100 * FILE_BYTES);
    expect(result.withFiles.importSeconds).toBeLessThan(30);
    expect(result.withFiles.exportSeconds).toBeLessThan(30);
    expect(result.importDocsPerSecond).toBeGreaterThan(0);
  }, 120_000);
});
