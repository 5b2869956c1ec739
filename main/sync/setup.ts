import { SyncError } from '../../shared/sync/reasons';
import type { Db } from '../db/open';
import { canonicalJson, parseUntrustedJson } from './canonical';
import { signCertificate, signRevocations, verifyCertificate, type Certificate, type CertificateRequest, type RevocationList } from './certificates';
import { device } from './device';
import { decryptPrivateKey, encryptPrivateKey, fingerprint, generateSigningKey, type EncryptedKey } from './keys';

/** The file an office receives from the province: its certificate and the root it must pin. */
export type CertificateFile = { format: 'ctb-cert-file/1'; certificate: Certificate; rootPublicKey: string };

function ensureDeviceKey(db: Db, unitCode: string, unitName: string, role: 'province' | 'office'): { publicKey: string; deviceId: string } {
  const d = device(db);
  if (d.unit_code && d.unit_code !== unitCode && d.certificate) throw new SyncError('CERT_NOT_FOR_THIS_DEVICE', `máy đã thiết lập cho ${d.unit_code}`);
  if (d.public_key && d.private_key_pem) {
    db.prepare('UPDATE sync_device SET unit_code = ?, unit_name = ?, role = ? WHERE id = 1').run(unitCode, unitName, role);
    return { publicKey: d.public_key, deviceId: d.device_id };
  }
  const key = generateSigningKey();
  db.prepare('UPDATE sync_device SET unit_code = ?, unit_name = ?, role = ?, public_key = ?, private_key_pem = ? WHERE id = 1').run(unitCode, unitName, role, key.publicKey, key.privateKeyPem);
  return { publicKey: key.publicKey, deviceId: d.device_id };
}

/**
 * The province creates the root key. Its private half leaves encrypted with a passphrase (kept offline, on a
 * stick in a safe); this installation pins the public half and certifies its own device with it.
 */
export function createRoot(db: Db, input: { unitCode: string; unitName: string; passphrase: string }, now = new Date()): { rootKey: EncryptedKey; fingerprint: string } {
  const root = generateSigningKey();
  const own = ensureDeviceKey(db, input.unitCode, input.unitName, 'province');
  const request: CertificateRequest = { format: 'ctb-request/1', unitCode: input.unitCode, unitName: input.unitName, deviceId: own.deviceId, publicKey: own.publicKey, createdAt: now.toISOString() };
  const certificate = signCertificate(root.privateKeyPem, root.publicKey, request, now);
  const crl = signRevocations(root.privateKeyPem, root.publicKey, 1, [], now);
  db.prepare('UPDATE sync_device SET root_public_key = ?, certificate = ?, revocations = ?, crl_version = 1 WHERE id = 1').run(root.publicKey, JSON.stringify(certificate), JSON.stringify(crl));
  return { rootKey: encryptPrivateKey(root.privateKeyPem, root.publicKey, input.passphrase), fingerprint: fingerprint(root.publicKey) };
}

/**
 * An office's device creates its key and the request file the province will sign. A province PC that has become a
 * new device (a copy, a restore) asks the same way and signs its own request; it stays the province.
 */
export function createRequest(db: Db, input: { unitCode: string; unitName: string }, now = new Date()): CertificateRequest {
  const own = ensureDeviceKey(db, input.unitCode, input.unitName, device(db).role);
  return { format: 'ctb-request/1', unitCode: input.unitCode, unitName: input.unitName, deviceId: own.deviceId, publicKey: own.publicKey, createdAt: now.toISOString() };
}

export function parseRootKey(text: string): EncryptedKey {
  const key = parseUntrustedJson(text, { maxBytes: 16 * 1024, maxDepth: 3 }) as unknown as EncryptedKey;
  if (key?.alg !== 'scrypt-aes-256-gcm') throw new SyncError('ROOT_KEY_FILE_INVALID');
  return key;
}

/** The province signs an office's request with the root key (loaded with its passphrase for this one act). */
export function signRequest(rootKeyText: string, passphrase: string, requestText: string, now = new Date(), validDays = 730): CertificateFile {
  const rootKey = parseRootKey(rootKeyText);
  const privateKeyPem = decryptPrivateKey(rootKey, passphrase);
  const request = parseUntrustedJson(requestText, { maxBytes: 16 * 1024, maxDepth: 3 }) as unknown as CertificateRequest;
  if (request?.format !== 'ctb-request/1' || !/^[\p{L}\p{N}._-]{1,40}$/u.test(String(request.unitCode)) || typeof request.publicKey !== 'string' || typeof request.deviceId !== 'string') {
    throw new SyncError('REQUEST_INVALID');
  }
  return { format: 'ctb-cert-file/1', certificate: signCertificate(privateKeyPem, rootKey.publicKey, request, now, validDays), rootPublicKey: rootKey.publicKey };
}

export function readCertificateFile(text: string): CertificateFile {
  const file = parseUntrustedJson(text, { maxBytes: 64 * 1024, maxDepth: 6 }) as unknown as CertificateFile;
  if (file?.format !== 'ctb-cert-file/1' || typeof file.rootPublicKey !== 'string') throw new SyncError('CERT_FILE_INVALID');
  return file;
}

/**
 * The office installs its certificate after the clerk confirmed the root fingerprint against the paper record.
 * The root is pinned then; a certificate from another root later is refused.
 */
export function installCertificate(db: Db, text: string, confirmedFingerprint: string, now = new Date()): { unitCode: string; notAfter: string } {
  const file = readCertificateFile(text);
  const d = device(db);
  if (fingerprint(file.rootPublicKey).replace(/\s/g, '') !== confirmedFingerprint.replace(/\s/g, '').toUpperCase()) {
    throw new SyncError('FINGERPRINT_MISMATCH', undefined, { fields: { confirmedFingerprint: 'Không khớp với dấu vân tay trong tệp chứng thư. Hãy so lại với công văn của LĐLĐ tỉnh.' } });
  }
  if (d.root_public_key && d.root_public_key !== file.rootPublicKey) throw new SyncError('ROOT_KEY_CHANGED');
  const body = verifyCertificate(file.certificate, file.rootPublicKey, now, new Set());
  if (body.deviceId !== d.device_id || body.publicKey !== d.public_key) throw new SyncError('CERT_NOT_FOR_THIS_DEVICE');
  db.prepare('UPDATE sync_device SET unit_code = ?, root_public_key = ?, certificate = ? WHERE id = 1').run(body.unitCode, file.rootPublicKey, JSON.stringify(file.certificate));
  return { unitCode: body.unitCode, notAfter: body.notAfter };
}

/** A new, higher-versioned revocation list; it travels in every bundle from the province. */
export function revoke(db: Db, rootKeyText: string, passphrase: string, serial: string, now = new Date()): RevocationList {
  const rootKey = parseRootKey(rootKeyText);
  const privateKeyPem = decryptPrivateKey(rootKey, passphrase);
  const d = device(db);
  const current = d.revocations ? (JSON.parse(d.revocations) as RevocationList).body.revokedSerials : [];
  const list = signRevocations(privateKeyPem, rootKey.publicKey, d.crl_version + 1, [...new Set([...current, serial])], now);
  db.prepare('UPDATE sync_device SET revocations = ?, crl_version = ? WHERE id = 1').run(JSON.stringify(list), list.body.version);
  return list;
}

export const serialise = (value: unknown) => `${canonicalJson(value)}\n`;
