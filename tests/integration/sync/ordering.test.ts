import { createHash } from 'node:crypto';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBlobStore } from '../../../main/archive/blobStore';
import { openDatabase } from '../../../main/db/open';
import { stateHash } from '../../../main/db/stateHash';
import { exportBundle } from '../../../main/sync/exportBundle';
import { importBundle } from '../../../main/sync/importBundle';
import { device } from '../../../main/sync/device';
import { createTempDirs } from '../../helpers/tempDir';
import { issueDirective, replyTo, setUpNetwork, type Office } from './offices';

const NOW = new Date('2026-06-01T03:00:00Z');
const JOURNAL = ['imported_bundles', 'sync_alerts'];
const temp = createTempDirs('vanthu-order-');
afterAll(() => temp.cleanup());

function copyOffice(template: Office, dir: string): Office {
  template.db.pragma('wal_checkpoint(TRUNCATE)');
  cpSync(template.dir, dir, { recursive: true });
  return { ...template, dir, db: openDatabase(join(dir, 'office.sqlite')), blobs: createBlobStore(dir) };
}

function logHash(node: Office, origins: string[]): string {
  const rows = node.db
    .prepare(`SELECT origin, seq, op_hash, prev_op_hash FROM oplog WHERE origin IN (${origins.map(() => '?').join(',')}) ORDER BY origin, seq`)
    .all(...origins);
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}

describe('T5 bundles out of order', () => {
  let office: Office;
  let bundles: string[];
  let inOrder: string;

  beforeAll(async () => {
    const root = temp.make();
    const net = setUpNetwork(root, ['CD-TP']);
    office = net.offices[0]!;
    const usb = join(root, 'usb');
    mkdirSync(usb);
    bundles = [];
    const provinceDevice = device(net.province.db).device_id;
    for (let i = 1; i <= 5; i++) {
      await issueDirective(net.province, ['CD-TP'], `Văn bản số ${i}`, `2026-04-0${i}`, new TextEncoder().encode(`tệp ${i}`));
      const out = join(usb, String(i));
      mkdirSync(out);
      bundles.push((await exportBundle(net.province.db, net.province.blobs, 'CD-TP', out))[0]!.path);
      // As if the office's ack came back by another road: the next bundle carries only the new op.
      net.province.db
        .prepare("INSERT INTO peer_acks (peer_unit, origin, acked_seq, updated_at) VALUES ('CD-TP', ?, ?, '') ON CONFLICT DO UPDATE SET acked_seq = excluded.acked_seq")
        .run(provinceDevice, i);
    }
    const reference = copyOffice(office, join(root, 'reference'));
    for (const b of bundles) await importBundle(reference.db, reference.blobs, reference.dir, b, NOW);
    inOrder = stateHash(reference.db, { skipTables: JOURNAL });
    expect((reference.db.prepare("SELECT COUNT(*) AS n FROM documents WHERE origin_unit = 'LDLD-LC'").get() as { n: number }).n).toBe(5);
    reference.db.close();
  });

  it('all 120 orderings of 5 bundles end in the in-order state', async () => {
    const all = permutations([0, 1, 2, 3, 4]);
    expect(all).toHaveLength(120);
    for (const [n, order] of all.entries()) {
      const replica = copyOffice(office, join(temp.make(), `p${n}`));
      for (const i of order) expect((await importBundle(replica.db, replica.blobs, replica.dir, bundles[i]!, NOW)).status).toBe('applied');
      expect(stateHash(replica.db, { skipTables: JOURNAL }), order.join('')).toBe(inOrder);
      replica.db.close();
    }
  });

  it('with a gap, only the contiguous part is applied and the rest waits', async () => {
    const replica = copyOffice(office, join(temp.make(), 'gap'));
    for (const i of [4, 0, 1, 3]) await importBundle(replica.db, replica.blobs, replica.dir, bundles[i]!, NOW);
    expect(replica.db.prepare('SELECT seq FROM vv_applied WHERE origin != (SELECT device_id FROM sync_device)').all()).toEqual([{ seq: 2 }]);
    expect(replica.db.prepare('SELECT seq FROM pending_ops ORDER BY seq').all()).toEqual([{ seq: 4 }, { seq: 5 }]);
    expect((replica.db.prepare("SELECT COUNT(*) AS n FROM documents WHERE origin_unit = 'LDLD-LC'").get() as { n: number }).n).toBe(2);
    await importBundle(replica.db, replica.blobs, replica.dir, bundles[2]!, NOW);
    expect(replica.db.prepare('SELECT COUNT(*) AS n FROM pending_ops').get()).toEqual({ n: 0 });
    expect(stateHash(replica.db, { skipTables: JOURNAL })).toBe(inOrder);
    replica.db.close();
  });
});

type Step = { kind: 'directive'; to: number[] } | { kind: 'reply'; office: number } | { kind: 'deliver'; from: number; to: number; lose: boolean; twice: boolean };

describe('T13 convergence under loss, duplication and reordering', () => {
  it('one province and three offices end with every directive and every reply where it belongs', async () => {
    const root = temp.make();
    const template = setUpNetwork(join(root, 'template'), ['CD-A', 'CD-B', 'CD-C']);
    const nodesOf = (run: string) => [template.province, ...template.offices].map((o) => copyOffice(o, join(root, run, o.unitCode)));
    let run = 0;
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ kind: fc.constant('directive' as const), to: fc.subarray([1, 2, 3], { minLength: 1 }) }),
      fc.record({ kind: fc.constant('reply' as const), office: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant('deliver' as const), from: fc.integer({ min: 0, max: 3 }), to: fc.integer({ min: 0, max: 3 }), lose: fc.boolean(), twice: fc.boolean() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 14 }), async (steps) => {
        const nodes = nodesOf(`r${run++}`);
        const usb = join(root, `usb${run}`);
        mkdirSync(usb);
        const held: { to: number; file: string }[] = [];
        let day = 1;
        const directivesTo = new Map<number, Set<string>>([[1, new Set()], [2, new Set()], [3, new Set()]]);
        const replies = new Set<string>();
        const deliver = async (from: number, to: number, lose: boolean, twice: boolean) => {
          if (from === to || (from !== 0 && to !== 0)) return;
          const peer = nodes[to]!.unitCode;
          const files = await exportBundle(nodes[from]!.db, nodes[from]!.blobs, peer, usb);
          for (const f of files) {
            if (lose) continue;
            held.push({ to, file: f.path });
            if (twice) held.push({ to, file: f.path });
          }
        };
        for (const s of steps) {
          if (s.kind === 'directive') {
            const id = await issueDirective(nodes[0]!, s.to.map((i) => nodes[i]!.unitCode), `Chỉ đạo ${day}`, `2026-03-${String(day++).padStart(2, '0')}`);
            for (const i of s.to) directivesTo.get(i)!.add(id);
          } else if (s.kind === 'reply') {
            const office = nodes[s.office]!;
            const open = office.db
              .prepare("SELECT id FROM documents WHERE origin_unit = 'LDLD-LC' AND id NOT IN (SELECT reply_to_id FROM outgoing WHERE reply_to_id IS NOT NULL) LIMIT 1")
              .get() as { id: string } | undefined;
            if (open) replies.add(await replyTo(office, open.id, `2026-04-${String(day++ % 28 + 1).padStart(2, '0')}`));
          } else {
            await deliver(s.from, s.to, s.lose, s.twice);
          }
          // Deliveries arrive in any order: shuffle what is in transit, import a random part of it.
          held.sort(() => Math.random() - 0.5);
          for (const h of held.splice(0, Math.floor(Math.random() * (held.length + 1)))) await importBundle(nodes[h.to]!.db, nodes[h.to]!.blobs, nodes[h.to]!.dir, h.file, NOW);
        }
        // The final full exchange, in both directions, until nothing is left to carry.
        for (let round = 0; round < 3; round++) {
          for (const i of [1, 2, 3]) {
            for (const f of await exportBundle(nodes[0]!.db, nodes[0]!.blobs, nodes[i]!.unitCode, usb)) await importBundle(nodes[i]!.db, nodes[i]!.blobs, nodes[i]!.dir, f.path, NOW);
            for (const f of await exportBundle(nodes[i]!.db, nodes[i]!.blobs, 'LDLD-LC', usb)) await importBundle(nodes[0]!.db, nodes[0]!.blobs, nodes[0]!.dir, f.path, NOW);
          }
        }
        for (const i of [1, 2, 3]) {
          const have = (nodes[i]!.db.prepare("SELECT id FROM documents WHERE origin_unit = 'LDLD-LC'").all() as { id: string }[]).map((r) => r.id).sort();
          expect(have).toEqual([...directivesTo.get(i)!].sort());
        }
        const provinceHas = new Set((nodes[0]!.db.prepare("SELECT id FROM documents WHERE direction = 'incoming' AND origin_unit IS NOT NULL").all() as { id: string }[]).map((r) => r.id));
        for (const r of replies) expect(provinceHas.has(r)).toBe(true);
        for (const n of nodes) {
          expect(n.db.prepare('SELECT COUNT(*) AS c FROM pending_ops').get()).toEqual({ c: 0 });
          const mine = device(n.db);
          for (const other of nodes) {
            if (other === n || (n !== nodes[0] && other !== nodes[0])) continue;
            const theirs = device(other.db);
            const applied = (n.db.prepare('SELECT seq FROM vv_applied WHERE origin = ?').get(theirs.device_id) as { seq: number } | undefined)?.seq ?? 0;
            expect(applied).toBe(theirs.next_seq - 1);
          }
          expect(mine.device_id).toBeTruthy();
        }
        // The replicated logs are the same bytes on both sides of every line: one hash over their canonical dump.
        const provinceOrigin = device(nodes[0]!.db).device_id;
        for (const i of [1, 2, 3]) {
          const origins = [provinceOrigin, device(nodes[i]!.db).device_id];
          expect(logHash(nodes[i]!, origins), `office ${i}`).toBe(logHash(nodes[0]!, origins));
        }
        for (const n of nodes) n.db.close();
      }),
      { numRuns: Number(process.env.VANTHU_T13_RUNS ?? 25) },
    );
  });
});
