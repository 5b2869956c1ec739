// A separate process that exports one bundle when told to, so a test can SIGKILL it at any moment.
import { join } from 'node:path';
import { createBlobStore } from '../../../main/archive/blobStore';
import { openDatabase } from '../../../main/db/open';
import { exportBundle } from '../../../main/sync/exportBundle';

const [dir, peer, folder] = process.argv.slice(2) as [string, string, string];
const db = openDatabase(join(dir, 'office.sqlite'));
const blobs = createBlobStore(dir);
process.stdout.write('ready\n');
process.stdin.once('data', () => {
  void exportBundle(db, blobs, peer, folder).then(() => {
    process.stdout.write('done\n');
    process.exit(0);
  });
});
