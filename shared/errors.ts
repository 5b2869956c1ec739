import { BACKUP_MESSAGES } from './backup/messages';
import { SYNC_MESSAGES } from './sync/reasons';

/**
 * Errors that reach the clerk. Each code maps to exactly one Vietnamese sentence that says what happened and
 * what to do; a test walks the whole map. Domains add their codes to ERROR_MESSAGES.
 */
export const ERROR_MESSAGES = {
  INVALID_INPUT: 'Dữ liệu nhập chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu rồi thử lại.',
  NOT_FOUND: 'Không tìm thấy văn bản hoặc mục được yêu cầu. Có thể nó đã bị xóa; hãy tải lại danh sách.',
  DUPLICATE_DOCUMENT:
    'Văn bản này đã có trong sổ: cùng số, ký hiệu, cơ quan ban hành và năm. Hãy mở văn bản đã đăng ký thay vì nhập lại.',
  DUPLICATE_FILE: 'Tệp này đã được đăng ký trước đó (trùng nội dung tệp). Hãy mở văn bản đã đăng ký thay vì nhập lại.',
  ARRIVAL_BEFORE_ISSUE:
    'Ngày đến sớm hơn ngày ban hành: văn bản không thể đến trước khi được ban hành. Hãy sửa lại ngày ban hành hoặc ngày đến.',
  ARRIVAL_OUT_OF_ORDER:
    'Ngày đến sớm hơn ngày đến của văn bản vào sổ trước, mà số đến được cấp theo thứ tự văn bản đến. Hãy sửa lại ngày đến, hoặc xác nhận nếu đúng là văn bản đến sớm nay mới vào sổ.',
  DATABASE_TOO_NEW:
    'Dữ liệu được tạo bởi phiên bản mới hơn của chương trình. Hãy cài phiên bản mới nhất rồi mở lại; dữ liệu không bị thay đổi.',
  DATABASE_CORRUPT:
    'Tệp dữ liệu bị hỏng. Chương trình không ghi thêm gì vào đó; hãy khôi phục từ bản sao lưu gần nhất.',
  UNKNOWN_OPERATION: 'Chương trình không hỗ trợ thao tác này. Hãy cập nhật chương trình lên phiên bản mới nhất.',
  UNAUTHORIZED: 'Phiên làm việc đã hết hạn. Hãy mở lại chương trình từ địa chỉ được in ra khi khởi động.',
  PROFILE_REQUIRED: 'Chưa thiết lập thông tin cơ quan. Hãy điền tên cơ quan, địa danh và mã đơn vị trước.',
  SAMPLE_ONLY: 'Thao tác này chỉ áp dụng cho văn bản mẫu.',
  DRAFT_STALE:
    'Bản thảo vừa được lưu ở một cửa sổ khác. Hãy mở lại bản thảo để xem bản mới nhất trước khi sửa tiếp.',
  DRAFT_INCOMPLETE: 'Bản thảo còn thiếu thông tin bắt buộc (trích yếu, người ký, chức vụ). Hãy bổ sung rồi ban hành lại.',
  DRAFT_PLACEHOLDERS:
    'Bản thảo còn chỗ “…” của mẫu chưa điền nên chưa ban hành (chưa lấy số). Hãy điền hoặc xóa các chỗ đó rồi ban hành lại.',
  NUMBER_TAKEN: 'Số, ký hiệu này đã được dùng trong năm. Hãy ban hành lại để chương trình cấp số tiếp theo.',
  SOFFICE_MISSING:
    'Máy chưa cài LibreOffice nên chưa xuất được PDF. Hãy cài LibreOffice (hoặc lưu DOCX rồi in từ Word), sau đó thử lại.',
  EXPORT_FAILED: 'Không ghi được tệp ra thư mục đã chọn. Hãy kiểm tra ổ đĩa còn chỗ trống và có quyền ghi, rồi thử lại.',
  UNITS_FILE_UNREADABLE:
    'Không đọc được danh sách đơn vị. Hãy dùng tệp Excel (.xlsx) hoặc CSV có dòng tiêu đề gồm ít nhất các cột “Mã” và “Tên đơn vị”.',
  ATTACHMENT_MISSING:
    'Tệp gốc của văn bản chưa có trong kho (thiếu tệp đính kèm). Hãy nhập gói trao đổi tiếp theo từ nơi gửi rồi mở lại.',
  ATTACHMENT_DAMAGED:
    'Tệp gốc trong kho đã bị hỏng (nội dung không còn khớp mã kiểm tra) nên không mở. Hãy khôi phục bản sao lưu hoặc xin lại tệp từ nơi gửi.',
  OPEN_FAILED:
    'Máy chưa mở được tệp này, có thể do chưa cài chương trình đọc DOCX hoặc PDF. Hãy bấm “Lưu bản sao” rồi mở tệp bằng Word hoặc trình đọc PDF.',
  ISSUED_DOCUMENT_FIXED:
    'Văn bản đi đã ban hành không được sửa. Hãy dùng “Soạn văn bản thay thế” để ban hành văn bản mới thay cho văn bản này.',
  ENTRY_CANCELLED: 'Số đến này đã bị hủy (vào sổ nhầm) nên không sửa được nữa. Nếu cần, hãy vào sổ lại văn bản với số đến mới.',
  DISK_FULL_SAVE:
    'Ổ đĩa của máy tính này đã đầy nên chưa lưu được; những gì đã lưu trước đó không bị thay đổi. Hãy giải phóng chỗ trống trên ổ đĩa (xóa bớt tệp không cần, dọn Thùng rác) rồi thử lại.',
  ...BACKUP_MESSAGES,
  ...SYNC_MESSAGES,
  INTERNAL: 'Đã xảy ra lỗi không mong muốn; dữ liệu của bạn không bị thay đổi. Hãy thử lại, nếu vẫn lỗi hãy báo cho bộ phận kỹ thuật.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export type FieldErrors = Record<string, string>;

/** An error the clerk may see: a code with its fixed message, optional per-field messages for forms. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldErrors | undefined;
  /** The document the error is about, when the clerk can open it (the one already registered, for a duplicate). */
  readonly documentId: string | undefined;

  constructor(code: ErrorCode, options?: { fields?: FieldErrors; detail?: string; documentId?: string }) {
    super(options?.detail ? `${ERROR_MESSAGES[code]} (${options.detail})` : ERROR_MESSAGES[code]);
    this.name = 'AppError';
    this.code = code;
    this.fields = options?.fields;
    this.documentId = options?.documentId;
  }
}

/** The shape an error takes on the wire (IPC or HTTP). */
export type WireError = { code: ErrorCode; message: string; fields?: FieldErrors; documentId?: string };

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_MESSAGES, value);
}
