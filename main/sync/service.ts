import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportOutcome, ImportOutcome, JournalEntry, PeerStatus, SyncStatus } from '../../shared/ipc/sync';
import { SYNC_MESSAGES, SyncError, type SyncReason } from '../../shared/sync/reasons';
import type { BlobStore } from '../archive/blobStore';
import type { Db } from '../db/open';
import { readSetting, writeSetting } from '../db/settings';
import type { ChooseSavePath } from '../savePath';
import { verifyCertificate, type Certificate } from './certificates';
import { device, pendingMachineChange } from './device';
import { answerMachineChange, machineFingerprint, type MachineAnswer } from './machine';
import { exportBundle } from './exportBundle';
import { importBundle, type ImportResult } from './importBundle';
import { appliedMessage, journalSha256 } from './importJournal';
import { importInWorker } from './importInWorker';
import { addressee } from './addressed';
import { unitLabel, unitName } from './unitNames';
import { inChosenFolder } from './folders';
import { fingerprint } from './keys';
import { pullBundles, pushBundle, type RetryPolicy } from './relay/client';
import { bundlesForRelay } from './relayOutbox';
import { createRequest, createRoot, installCertificate, readCertificateFile, serialise, signRequest } from './setup';

export type SyncDeps = {
  db: Db;
  blobs: BlobStore;
  dataDir: string;
  chooseSavePath: ChooseSavePath;
  writeFile: (path: string, data: Uint8Array) => void;
  /** Taken before every import (a backup of the archive as it was). */
  beforeImport?: () => Promise<unknown>;
  onImported?: (result: ImportOutcome) => void;
  /** Verify and apply bundles in a worker thread with its own connection (the app); tests may apply in place. */
  inWorker?: boolean;
  nativeBinding?: string;
  /** How the relay client retries a dropped line (its default in the app). */
  retry?: RetryPolicy;
  /** This PC (machine.ts), remembered once the clerk has said whether it replaces the old one or is a copy. */
  machine?: string;
};

export function knownPeers(db: Db): string[] {
  const me = device(db).unit_code;
  const rows = db
    .prepare(
      `SELECT unit_code AS u FROM origin_units UNION SELECT peer_unit FROM peer_acks
       UNION SELECT DISTINCT value FROM oplog, json_each(oplog.recipients) WHERE oplog.origin = (SELECT device_id FROM sync_device)`,
    )
    .all() as { u: string }[];
  return [...new Set(rows.map((r) => r.u))].filter((u) => u && u !== me).sort();
}

function outcome(fileName: string, r: ImportResult): ImportOutcome {
  return { fileName, status: r.status, message: r.message, documentsAdded: r.documentsAdded };
}

export function createSyncService(deps: SyncDeps) {
  const { db, blobs, dataDir } = deps;

  async function saveText(name: string, text: string): Promise<string | null> {
    const path = await deps.chooseSavePath(name.normalize('NFC'));
    if (path) deps.writeFile(path, Buffer.from(text));
    return path;
  }

  async function importOne(file: string, fileName: string): Promise<ImportOutcome> {
    await deps.beforeImport?.();
    // In a worker thread when one can be started (the window stays responsive); in this thread otherwise.
    const result = outcome(fileName, deps.inWorker ? await importInWorker(dataDir, file, fileName, deps.nativeBinding) : await importBundle(db, blobs, dataDir, file, new Date(), fileName));
    deps.onImported?.(result);
    return result;
  }

  return {
    status(): SyncStatus {
      const d = device(db);
      const cert = d.certificate ? (JSON.parse(d.certificate) as Certificate).body : null;
      const peers: PeerStatus[] = knownPeers(db).map((peer) => {
        const exp = db.prepare('SELECT created_at, path, to_seq, from_seq FROM exported_bundles WHERE peer_unit = ? ORDER BY created_at DESC LIMIT 1').get(peer) as
          | { created_at: string; path: string; to_seq: number; from_seq: number }
          | undefined;
        const acked = (db.prepare('SELECT acked_seq FROM peer_acks WHERE peer_unit = ? AND origin = ?').get(peer, d.device_id) as { acked_seq: number } | undefined)?.acked_seq ?? 0;
        const waiting = (db.prepare('SELECT COUNT(*) AS n FROM oplog WHERE origin = ? AND seq > ?').get(d.device_id, acked) as { n: number }).n;
        // Received: a bundle applied, not one tried again or refused.
        const imp = db.prepare("SELECT received_at, status FROM imported_bundles WHERE sender_unit = ? AND status = 'applied' ORDER BY received_at DESC LIMIT 1").get(peer) as { received_at: string; status: string } | undefined;
        const rejected = (db.prepare("SELECT COUNT(*) AS n FROM imported_bundles WHERE sender_unit = ? AND status = 'rejected'").get(peer) as { n: number }).n;
        return {
          unitCode: peer,
          unitName: unitName(db, peer) ?? peer,
          lastExport: exp ? { at: exp.created_at, fileName: exp.path.split(/[\\/]/).pop() ?? exp.path, ops: exp.from_seq ? exp.to_seq - exp.from_seq + 1 : 0 } : null,
          acked,
          waiting,
          lastImport: imp ? { at: imp.received_at, status: imp.status } : null,
          rejected,
        };
      });
      return {
        setUp: Boolean(d.certificate && d.root_public_key && d.private_key_pem),
        role: d.role,
        unitCode: d.unit_code,
        unitName: d.unit_name,
        deviceId: d.device_id,
        rootFingerprint: d.root_public_key ? fingerprint(d.root_public_key) : null,
        certificateExpires: cert?.notAfter ?? null,
        needsCertificate: Boolean(d.public_key) && !d.certificate,
        peers,
        alerts: db.prepare('SELECT at, kind, detail FROM sync_alerts ORDER BY id DESC LIMIT 20').all() as SyncStatus['alerts'],
        relayUrl: readSetting(db, 'sync.relayUrl'),
      };
    },
    async createRoot(input: { unitCode: string; unitName: string; passphrase: string }) {
      const created = createRoot(db, input);
      const keyFile = await saveText(`Khóa gốc ${input.unitCode} - cất giữ ngoài máy.json`, serialise(created.rootKey));
      return { fingerprint: created.fingerprint, keyFile };
    },
    async createRequest(input: { unitCode: string; unitName: string }) {
      const request = createRequest(db, input);
      return { requestFile: await saveText(`Yêu cầu chứng thư ${input.unitCode}.json`, serialise(request)) };
    },
    async signRequest(input: { requestContent: string; rootKeyContent: string; passphrase: string; validDays: number }) {
      const file = signRequest(input.rootKeyContent, input.passphrase, input.requestContent, new Date(), input.validDays);
      return { unitCode: file.certificate.body.unitCode, certificateFile: await saveText(`Chứng thư ${file.certificate.body.unitCode}.json`, serialise(file)) };
    },
    readCertificate(content: string) {
      const file = readCertificateFile(content);
      const body = verifyCertificate(file.certificate, file.rootPublicKey, new Date(), new Set());
      const d = device(db);
      return { unitCode: body.unitCode, rootFingerprint: fingerprint(file.rootPublicKey), notAfter: body.notAfter, forThisDevice: body.deviceId === d.device_id && body.publicKey === d.public_key };
    },
    installCertificate: (content: string, confirmed: string) => installCertificate(db, content, confirmed),
    async exportTo(folder: string, peers?: string[]): Promise<ExportOutcome[]> {
      const targets = peers?.length ? peers : knownPeers(db);
      if (targets.length === 0) throw new SyncError('PEER_UNKNOWN');
      return inChosenFolder(folder, 'write', async () => {
        const out: ExportOutcome[] = [];
        for (const peer of targets) for (const b of await exportBundle(db, blobs, peer, folder)) out.push({ peerUnit: peer, fileName: b.fileName, path: b.path, size: b.size, ops: b.ops });
        return out;
      });
    },
    async importContent(fileName: string, content: Buffer): Promise<ImportOutcome> {
      const dir = mkdtempSync(join(tmpdir(), 'vanthu-upload-'));
      try {
        const file = join(dir, 'goi.ctb');
        writeFileSync(file, content);
        return await importOne(file, fileName);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    /**
     * Imports the bundles in a folder addressed to this unit (by their manifest, renamed or not), by name. Every
     * .ctb file gets a line: imported, refused with its reason, or left for the office it is addressed to.
     */
    async importFolder(folder: string): Promise<ImportOutcome[]> {
      const me = device(db).unit_code;
      const files = await inChosenFolder(folder, 'read', async () => readdirSync(folder, { withFileTypes: true }));
      const names = files.filter((f) => !f.isDirectory() && f.name.toLowerCase().endsWith('.ctb')).map((f) => f.name).sort();
      const out: ImportOutcome[] = [];
      for (const name of names) {
        const file = join(folder, name);
        const forWhom = me ? await addressee(file, name, me) : ({ here: true } as const);
        if (forWhom.here) out.push(await importOne(file, name.normalize('NFC')));
        else out.push({ fileName: name.normalize('NFC'), status: 'skipped', message: `Gói gửi cho ${forWhom.units.map((u) => unitLabel(db, u)).join(', ')}, không phải đơn vị này; để nguyên trong thư mục.`, documentsAdded: 0 });
      }
      return out;
    },
    journal(): JournalEntry[] {
      const rows = db.prepare('SELECT * FROM imported_bundles ORDER BY received_at DESC, rowid DESC LIMIT 500').all() as {
        sha256: string; file_name: string; sender_unit: string | null; status: JournalEntry['status']; reason_code: string | null; documents_added: number; ops_pending: number; received_at: string;
      }[];
      return rows.map((r) => ({
        id: r.sha256,
        sha256: journalSha256(r.sha256),
        fileName: r.file_name,
        senderUnit: r.sender_unit,
        sender: r.sender_unit ? unitLabel(db, r.sender_unit) : null,
        status: r.status,
        reason: r.reason_code,
        message: r.reason_code ? SYNC_MESSAGES[r.reason_code as SyncReason] ?? SYNC_MESSAGES.BUNDLE_UNREADABLE : r.status === 'applied' ? appliedMessage(r.documents_added) : SYNC_MESSAGES.DUPLICATE_BUNDLE,
        documentsAdded: r.documents_added,
        opsPending: r.ops_pending,
        receivedAt: r.received_at,
      }));
    },
    /** The clerk's answer to "is this PC a replacement or a copy?"; a copy then needs a certificate of its own. */
    answerMachineChange(answer: MachineAnswer): SyncStatus {
      answerMachineChange(db, answer, deps.machine ?? machineFingerprint());
      return this.status();
    },
    setRelay(url: string) {
      writeSetting(db, 'sync.relayUrl', url);
    },
    /** With a line up: push every peer's pending bundle to the relay and import what waits there for this unit. */
    async syncNow(): Promise<{ pushed: number; pulled: ImportOutcome[]; error: string | null }> {
      const url = readSetting(db, 'sync.relayUrl');
      const me = device(db).unit_code;
      if (url && pendingMachineChange(db)) return { pushed: 0, pulled: [], error: SYNC_MESSAGES.MACHINE_CHANGED };
      if (!url || !me) return { pushed: 0, pulled: [], error: url ? SYNC_MESSAGES.SYNC_NOT_SET_UP : null };
      let pushed = 0;
      const pulled: ImportOutcome[] = [];
      try {
        for (const peer of knownPeers(db)) {
          for (const file of await bundlesForRelay(db, blobs, dataDir, peer)) {
            await pushBundle(url, file, peer, deps.retry);
            rmSync(file, { force: true });
            pushed++;
          }
        }
        const cursor = Number(readSetting(db, 'sync.relayCursor') ?? 0);
        const got = await pullBundles(url, me, cursor, join(dataDir, 'inbox', 'relay'), deps.retry);
        for (const file of got.files) {
          pulled.push(await importOne(file, file.split(/[\\/]/).pop() ?? file));
          rmSync(file, { force: true });
        }
        writeSetting(db, 'sync.relayCursor', String(got.cursor));
        return { pushed, pulled, error: null };
      } catch (error) {
        return { pushed, pulled, error: error instanceof Error ? `Không trao đổi được qua mạng: ${error.message}. Chương trình sẽ thử lại sau; có thể dùng USB thay thế.` : String(error) };
      }
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
