import { z } from 'zod';
import { operation } from './define';

export type PeerStatus = {
  unitCode: string;
  unitName: string;
  lastExport: { at: string; fileName: string; ops: number } | null;
  /** Highest of this device's ops the peer has acknowledged, and how many are still waiting for it. */
  acked: number;
  waiting: number;
  lastImport: { at: string; status: string } | null;
  rejected: number;
};

export type SyncStatus = {
  setUp: boolean;
  role: 'province' | 'office';
  unitCode: string | null;
  unitName: string | null;
  deviceId: string;
  rootFingerprint: string | null;
  certificateExpires: string | null;
  needsCertificate: boolean;
  peers: PeerStatus[];
  alerts: { at: string; kind: string; detail: string }[];
  relayUrl: string | null;
};

export type JournalEntry = {
  /** One line per attempt: the same file refused twice has two. */
  id: string;
  /** The bundle file's SHA-256; null for a file that could not be read at all. */
  sha256: string | null;
  fileName: string;
  senderUnit: string | null;
  /** The sending office's name with its code, where known. */
  sender: string | null;
  status: 'applied' | 'duplicate' | 'rejected';
  reason: string | null;
  message: string;
  documentsAdded: number;
  opsPending: number;
  receivedAt: string;
};

/** What became of one file: `skipped` is a bundle in a shared folder addressed to another office, left there. */
export type ImportOutcome = { fileName: string; status: 'applied' | 'duplicate' | 'rejected' | 'skipped'; message: string; documentsAdded: number };
export type ExportOutcome = { peerUnit: string; fileName: string; path: string; size: number; ops: number };

const unitCode = z.string().trim().min(1, { message: 'Hãy nhập mã đơn vị.' }).max(40, { message: 'Mã đơn vị dài tối đa 40 ký tự.' }).regex(/^[\p{L}\p{N}._-]+$/u, { message: 'Mã đơn vị chỉ gồm chữ, số và . _ - (không có dấu cách).' });
const unitName = z.string().trim().min(1, { message: 'Hãy nhập tên đơn vị.' }).max(300, { message: 'Tên đơn vị dài tối đa 300 ký tự.' });
const fileContent = z.string().max(2_900_000_000);
const folder = z.string().trim().min(1, { message: 'Hãy nhập thư mục (ví dụ ổ USB).' }).max(4096, { message: 'Đường dẫn thư mục quá dài.' });

export const syncOperations = {
  'sync:status': operation(z.object({})).returns<SyncStatus>(),
  'sync:createRoot': operation(
    z.object({ unitCode, unitName, passphrase: z.string().min(10, { message: 'Mật khẩu khóa gốc cần ít nhất 10 ký tự.' }).max(200, { message: 'Mật khẩu khóa gốc dài tối đa 200 ký tự.' }) }),
  ).returns<{ fingerprint: string; keyFile: string | null }>(),
  'sync:createRequest': operation(z.object({ unitCode, unitName })).returns<{ requestFile: string | null }>(),
  'sync:signRequest': operation(
    z.object({ requestContent: fileContent, rootKeyContent: fileContent, passphrase: z.string().min(1, { message: 'Hãy nhập mật khẩu khóa gốc.' }).max(200, { message: 'Mật khẩu khóa gốc dài tối đa 200 ký tự.' }), validDays: z.number().int().min(30).max(3650).default(730) }),
  ).returns<{ unitCode: string; certificateFile: string | null }>(),
  'sync:readCertificate': operation(z.object({ certificateContent: fileContent })).returns<{ unitCode: string; rootFingerprint: string; notAfter: string; forThisDevice: boolean }>(),
  'sync:installCertificate': operation(z.object({ certificateContent: fileContent, confirmedFingerprint: z.string().trim().min(16, { message: 'Hãy gõ đủ dấu vân tay in trên công văn của LĐLĐ tỉnh (các nhóm chữ và số).' }).max(200, { message: 'Dấu vân tay quá dài. Hãy gõ đúng dấu vân tay in trên công văn của LĐLĐ tỉnh.' }) })).returns<{ unitCode: string; notAfter: string }>(),
  'sync:export': operation(z.object({ folder, peers: z.array(unitCode).max(5000).optional() })).returns<ExportOutcome[]>(),
  'sync:importFile': operation(z.object({ fileName: z.string().min(1).max(255), contentBase64: fileContent })).returns<ImportOutcome>(),
  'sync:importFolder': operation(z.object({ folder })).returns<ImportOutcome[]>(),
  'sync:journal': operation(z.object({})).returns<JournalEntry[]>(),
  'sync:setRelay': operation(z.object({ url: z.string().trim().max(500).regex(/^(https?:\/\/\S+)?$/, { message: 'Địa chỉ máy chủ trung chuyển phải bắt đầu bằng http:// hoặc https://.' }) })).returns<{ ok: true }>(),
  'sync:syncNow': operation(z.object({})).returns<{ pushed: number; pulled: ImportOutcome[]; error: string | null }>(),
  'sync:answerMachineChange': operation(z.object({ answer: z.enum(['replaced', 'copy']) })).returns<SyncStatus>(),
};
