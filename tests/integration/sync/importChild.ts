// A separate process that imports one bundle when told to, so a test can SIGKILL it at any moment.
import { join } from 'node:path';
import { createBlobStore } from '../../../main/archive/blobStore';
import { openDatabase } from '../../../main/db/open';
import { importBundle } from '../../../main/sync/importBundle';

const [dir, bundle] = process.argv.slice(2) as [string, string];
const db = openDatabase(join(dir, 'office.sqlite'));
const blobs = createBlobStore(dir);
process.stdout.write('ready\n');
process.stdin.once('data', () => {
  void importBundle(db, blobs, dir, bundle, new Date('2026-06-01T03:00:00Z')).then((r) => {
    process.stdout.write(`done ${r.status}\n`);
    process.exit(0);
  });
});
