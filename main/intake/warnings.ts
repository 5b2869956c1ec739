/** Why text extraction gave little or nothing. Each code has one Vietnamese sentence for the clerk. */
export const INTAKE_WARNINGS = {
  EMPTY_FILE: 'Tệp rỗng, không có nội dung để đọc. Hãy kiểm tra lại tệp nhận được.',
  TOO_LARGE: 'Tệp quá lớn nên chỉ đọc phần đầu. Hãy kiểm tra kỹ các thông tin được điền sẵn.',
  UNREADABLE_DOCX: 'Không mở được tệp Word (DOCX): tệp có thể bị hỏng. Hãy xin lại tệp hoặc nhập thông tin bằng tay.',
  UNREADABLE_PDF: 'Không mở được tệp PDF: tệp có thể bị hỏng hoặc có mật khẩu. Hãy xin lại tệp hoặc nhập thông tin bằng tay.',
  PDF_WITHOUT_TEXT:
    'Tệp PDF không có lớp chữ (có thể là bản quét). Hãy nhập thông tin bằng tay hoặc xin bản có chữ.',
  LEGACY_DOC: 'Tệp Word kiểu cũ (.doc) chưa đọc được. Hãy lưu lại thành .docx hoặc .pdf rồi nhập lại.',
  UNSUPPORTED_FORMAT: 'Định dạng tệp này chưa được hỗ trợ. Hãy dùng tệp .docx, .pdf hoặc .txt.',
  IMAGE_FILE:
    'Tệp này thực chất là ảnh chụp (JPEG hoặc PNG), dù tên tệp có đuôi khác; chương trình không đọc chữ trong ảnh. Hãy vào sổ bằng “Vào sổ văn bản giấy” và nhập thông tin từ ảnh.',
  NOT_TEXT: 'Tệp không phải văn bản đọc được. Hãy kiểm tra lại tệp hoặc nhập thông tin bằng tay.',
  ENCODING_GUESSED: 'Tệp văn bản không dùng mã UTF-8; chữ có thể sai dấu. Hãy kiểm tra kỹ các thông tin được điền sẵn.',
  EXTENSION_MISMATCH: 'Phần mở rộng của tên tệp không khớp với nội dung; chương trình đã đọc theo nội dung thật của tệp.',
} as const;

export type IntakeWarning = keyof typeof INTAKE_WARNINGS;

/** Warnings that mean nothing could be read from the file: it is not a document waiting for confirmation. */
const UNREADABLE: ReadonlySet<IntakeWarning> = new Set([
  'EMPTY_FILE', 'UNREADABLE_DOCX', 'UNREADABLE_PDF', 'PDF_WITHOUT_TEXT', 'LEGACY_DOC', 'UNSUPPORTED_FORMAT', 'IMAGE_FILE', 'NOT_TEXT',
]);

export function isUnreadable(warnings: readonly IntakeWarning[], text: string): boolean {
  return text.trim() === '' || warnings.some((w) => UNREADABLE.has(w));
}

export function intakeWarningMessage(code: string): string {
  return Object.hasOwn(INTAKE_WARNINGS, code) ? INTAKE_WARNINGS[code as IntakeWarning] : code;
}
