import { randomUUID } from 'node:crypto';
import { CLOCK_AHEAD_MESSAGE, SyncError } from '../../shared/sync/reasons';
import { formatShortDate, todayIso } from '../../shared/text/dates';
import { canonicalJson } from './canonical';
import { keyId, signBytes, verifyBytes, type PublicKeyB64 } from './keys';

/** What an office's device asks the province to certify. */
export type CertificateRequest = { format: 'ctb-request/1'; unitCode: string; unitName: string; deviceId: string; publicKey: PublicKeyB64; createdAt: string };

export type CertificateBody = {
  format: 'ctb-cert/1';
  serial: string;
  unitCode: string;
  /** The office's name from its request, so receivers can name the sender (absent in certificates of 1.x). */
  unitName?: string;
  deviceId: string;
  publicKey: PublicKeyB64;
  /** Partitions the device may write: "unit:<code>". */
  partitions: string[];
  notBefore: string;
  notAfter: string;
  issuerKeyId: string;
};

export type Certificate = { body: CertificateBody; signature: string };

export type RevocationBody = { format: 'ctb-crl/1'; version: number; revokedSerials: string[]; issuedAt: string; issuerKeyId: string };
export type RevocationList = { body: RevocationBody; signature: string };

export const partitionOf = (unitCode: string) => `unit:${unitCode}`;

export function signCertificate(rootPrivateKeyPem: string, rootPublicKey: PublicKeyB64, request: CertificateRequest, now: Date, validDays = 730): Certificate {
  const body: CertificateBody = {
    format: 'ctb-cert/1',
    serial: randomUUID(),
    unitCode: request.unitCode,
    ...(typeof request.unitName === 'string' && request.unitName.trim() ? { unitName: request.unitName.normalize('NFC').trim().slice(0, 300) } : {}),
    deviceId: request.deviceId,
    publicKey: request.publicKey,
    partitions: [partitionOf(request.unitCode)],
    notBefore: now.toISOString(),
    notAfter: new Date(now.getTime() + validDays * 86_400_000).toISOString(),
    issuerKeyId: keyId(rootPublicKey),
  };
  return { body, signature: signBytes(rootPrivateKeyPem, Buffer.from(canonicalJson(body))) };
}

export function signRevocations(rootPrivateKeyPem: string, rootPublicKey: PublicKeyB64, version: number, revokedSerials: string[], now: Date): RevocationList {
  const body: RevocationBody = { format: 'ctb-crl/1', version, revokedSerials: [...revokedSerials].sort(), issuedAt: now.toISOString(), issuerKeyId: keyId(rootPublicKey) };
  return { body, signature: signBytes(rootPrivateKeyPem, Buffer.from(canonicalJson(body))) };
}

export function verifyRevocations(list: RevocationList, rootPublicKey: PublicKeyB64): boolean {
  return list.body?.format === 'ctb-crl/1' && verifyBytes(rootPublicKey, Buffer.from(canonicalJson(list.body)), list.signature);
}

/** How far from a certificate's validity a receiving PC's clock may be before it is taken to be wrong. */
const CLOCK_LEEWAY_MS = 366 * 86_400_000;

const shortDate = (instant: string) => formatShortDate(instant.slice(0, 10));

/** The certificate's body when the pinned root signed it, whatever its dates and the revocation list say. */
export function certifiedBody(cert: Certificate, rootPublicKey: PublicKeyB64): CertificateBody {
  const body = cert?.body;
  if (!body || body.format !== 'ctb-cert/1' || typeof cert.signature !== 'string') throw new SyncError('CERT_UNTRUSTED', 'chứng thư sai cấu trúc');
  if (body.issuerKeyId !== keyId(rootPublicKey) || !verifyBytes(rootPublicKey, Buffer.from(canonicalJson(body)), cert.signature)) {
    throw new SyncError('CERT_UNTRUSTED');
  }
  return body;
}

/** Refuses a certified device that is revoked, or whose certificate is not valid on this PC's date. */
export function checkValidity(body: CertificateBody, now: Date, revoked: ReadonlySet<string>): void {
  if (revoked.has(body.serial)) throw new SyncError('CERT_REVOKED');
  // An office PC whose clock has reset (a flat CMOS battery) is told so, not that the sender's certificate expired.
  const t = now.getTime();
  const onThisPc = `máy này đang chỉ ngày ${formatShortDate(todayIso(now))}`;
  if (t < Date.parse(body.notBefore) - CLOCK_LEEWAY_MS) throw new SyncError('CLOCK_BEHIND', undefined, { note: `chứng thư cấp ngày ${shortDate(body.notBefore)}; ${onThisPc}` });
  const notAfter = Date.parse(body.notAfter);
  if (t <= notAfter) return;
  // Further past the end than the certificate ever lasted (and than a year): a clock run ahead, more likely than a
  // sender still signing with a certificate long dead.
  if (t - notAfter > Math.max(notAfter - Date.parse(body.notBefore), CLOCK_LEEWAY_MS)) {
    throw new SyncError('CERT_EXPIRED', undefined, { sentence: CLOCK_AHEAD_MESSAGE, note: `chứng thư có hiệu lực từ ${shortDate(body.notBefore)} đến ${shortDate(body.notAfter)}; ${onThisPc}` });
  }
  throw new SyncError('CERT_EXPIRED', undefined, { note: `hết hạn ngày ${shortDate(body.notAfter)}; ${onThisPc}` });
}

/** Checks a device certificate against the pinned root, its validity period and the revocation list. */
export function verifyCertificate(cert: Certificate, rootPublicKey: PublicKeyB64, now: Date, revoked: ReadonlySet<string>): CertificateBody {
  const body = certifiedBody(cert, rootPublicKey);
  checkValidity(body, now, revoked);
  return body;
}
