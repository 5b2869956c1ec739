import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ExtractedHeader } from '../../shared/domain/document';
import { SECRECY_LABELS, URGENCY_LABELS } from '../../shared/domain/documentTypes';
import { extractText, type FileFormat } from '../intake/extractText';
import { emptyHeader, readHeader } from '../intake/header/index';
import { intakeWarningMessage } from '../intake/warnings';
import { parseArgs } from './args';
import type { CliIo } from './io';

const FORMAT_NAMES: Record<FileFormat, string> = {
  docx: 'Word (DOCX)', doc: 'Word kiểu cũ (.doc)', pdf: 'PDF', text: 'văn bản thuần', image: 'ảnh', other: 'định dạng chưa hỗ trợ',
};

const LABELS: readonly [keyof ExtractedHeader, string][] = [
  ['numberSymbol', 'Số, ký hiệu'],
  ['type', 'Loại văn bản'],
  ['parentIssuer', 'Cơ quan chủ quản'],
  ['issuer', 'Cơ quan ban hành'],
  ['place', 'Địa danh'],
  ['issuedOn', 'Ngày ban hành'],
  ['subject', 'Trích yếu'],
  ['addressees', 'Kính gửi'],
  ['distribution', 'Nơi nhận'],
  ['signingAuthority', 'Quyền hạn ký'],
  ['signerTitle', 'Chức vụ người ký'],
  ['signerName', 'Người ký'],
  ['citations', 'Văn bản được viện dẫn'],
  ['reportDeadline', 'Hạn báo cáo'],
  ['urgency', 'Độ khẩn'],
  ['secrecy', 'Độ mật'],
];

/** A scalar field as the clerk reads it: the marks by their printed names, not their codes. */
function shown(key: keyof ExtractedHeader, header: ExtractedHeader): string {
  if (key === 'urgency' && header.urgency) return URGENCY_LABELS[header.urgency];
  if (key === 'secrecy' && header.secrecy) return SECRECY_LABELS[header.secrecy];
  return String(header[key]);
}

function summary(fileName: string, format: FileFormat | null, header: ExtractedHeader, warnings: string[]): string {
  const out = [`Tệp: ${fileName}${format ? ` (${FORMAT_NAMES[format]})` : ''}`];
  for (const [key, label] of LABELS) {
    const value = header[key];
    if (Array.isArray(value)) {
      out.push(`  ${label}: ${value.length === 0 ? '(không có)' : ''}`);
      for (const item of value) out.push(`    - ${item}`);
    } else out.push(`  ${label}: ${value === null ? '(không có)' : shown(key, header)}`);
  }
  for (const w of warnings) out.push(`  Lưu ý: ${intakeWarningMessage(w)}`);
  return `${out.join('\n')}\n`;
}

/** `vanthu extract FILE... [--json]`: reads each file's header; with --json one JSON object per file per line. */
export async function extractCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  const json = args.flags.has('json');
  if (args.positional.length === 0) {
    io.stderr.write('Cách dùng: vanthu extract TỆP... [--json]\nHãy chỉ ra ít nhất một tệp .docx, .pdf hoặc .txt.\n');
    return 2;
  }
  let status = 0;
  for (const path of args.positional) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch {
      io.stderr.write(`Không đọc được tệp “${path}”: tệp không tồn tại hoặc không có quyền đọc. Hãy kiểm tra lại đường dẫn.\n`);
      if (json) io.stdout.write(`${JSON.stringify(emptyHeader())}\n`);
      status = 1;
      continue;
    }
    const extracted = await extractText({ bytes, fileName: basename(path) });
    const header = readHeader(extracted.text);
    if (json) {
      io.stdout.write(`${JSON.stringify(header)}\n`);
      for (const w of extracted.warnings) io.stderr.write(`${basename(path)}: ${intakeWarningMessage(w)}\n`);
    } else io.stdout.write(`${summary(path, extracted.format, header, extracted.warnings)}\n`);
  }
  return status;
}
