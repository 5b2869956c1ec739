import { createCipheriv, createDecipheriv, createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, scryptSync, sign, verify } from 'node:crypto';
import { SyncError } from '../../shared/sync/reasons';

/** An Ed25519 public key as base64 of its 32 raw bytes. */
export type PublicKeyB64 = string;

const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function generateSigningKey(): { publicKey: PublicKeyB64; privateKeyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return { publicKey: spki.subarray(SPKI_PREFIX.length).toString('base64'), privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() };
}

function publicKeyObject(publicKey: PublicKeyB64) {
  const raw = Buffer.from(publicKey, 'base64');
  if (raw.length !== 32) throw new SyncError('CERT_UNTRUSTED', 'khóa công khai sai độ dài');
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

export function signBytes(privateKeyPem: string, bytes: Uint8Array): string {
  return sign(null, bytes, createPrivateKey(privateKeyPem)).toString('base64');
}

export function verifyBytes(publicKey: PublicKeyB64, bytes: Uint8Array, signatureB64: string): boolean {
  try {
    return verify(null, bytes, publicKeyObject(publicKey), Buffer.from(signatureB64, 'base64'));
  } catch {
    return false;
  }
}

export function keyId(publicKey: PublicKeyB64): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 16);
}

/** The root key's fingerprint for the paper record: 16 groups of 4 hex digits, read aloud or printed. */
export function fingerprint(publicKey: PublicKeyB64): string {
  const hex = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').toUpperCase();
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}

/** The root private key at rest: scrypt-derived key, AES-256-GCM. */
export type EncryptedKey = { alg: 'scrypt-aes-256-gcm'; salt: string; iv: string; tag: string; data: string; publicKey: PublicKeyB64 };

const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

export function encryptPrivateKey(privateKeyPem: string, publicKey: PublicKeyB64, passphrase: string): EncryptedKey {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = scryptSync(passphrase.normalize('NFC'), salt, 32, SCRYPT);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(privateKeyPem, 'utf8'), cipher.final()]);
  return { alg: 'scrypt-aes-256-gcm', salt: salt.toString('base64'), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64'), publicKey };
}

export function decryptPrivateKey(file: EncryptedKey, passphrase: string): string {
  try {
    const key = scryptSync(passphrase.normalize('NFC'), Buffer.from(file.salt, 'base64'), 32, SCRYPT);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(file.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(file.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(file.data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new SyncError('ROOT_PASSPHRASE_WRONG');
  }
}
