/**
 * What the clerk reads when a backup, a restore or the start-up check goes wrong. One sentence per code: what
 * happened, then what to do. The keys are meant to be merged into the app-wide error map.
 */
export const BACKUP_MESSAGES = {
  BACKUP_NO_SPACE:
    'Không đủ chỗ trống ở nơi lưu để ghi bản sao lưu. Hãy xóa bớt tệp hoặc chọn ổ USB/thư mục khác còn nhiều chỗ hơn rồi thử lại.',
  BACKUP_DESTINATION_UNWRITABLE:
    'Không ghi được vào thư mục đã chọn (ổ chỉ đọc, đã bị rút ra hoặc không có quyền ghi). Hãy kiểm tra ổ USB hoặc chọn thư mục khác.',
  BACKUP_VERIFY_FAILED:
    'Bản sao lưu vừa ghi không khớp khi đọc lại nên đã bị loại bỏ; dữ liệu đang dùng không bị ảnh hưởng. Hãy thử lại, nếu vẫn lỗi hãy dùng ổ USB khác.',
  BACKUP_SOURCE_DAMAGED:
    'Cơ sở dữ liệu hiện tại có lỗi nên chưa thể sao lưu; các bản sao lưu cũ được giữ nguyên. Hãy mở mục Kiểm tra dữ liệu để khôi phục từ bản sao lưu tốt gần nhất.',
  BACKUP_BLOBS_MISSING:
    'Bản sao lưu đã được tạo nhưng thiếu một số tệp đính kèm vốn đã bị mất trên máy. Hãy xem danh sách tệp thiếu và nhập lại bản gốc nếu còn.',
  BACKUP_FILE_INVALID:
    'Tệp đã chọn không phải là bản sao lưu của chương trình Văn thư Công đoàn. Hãy chọn đúng tệp sao lưu (.zip) đã tạo bằng chức năng Sao lưu.',
  BACKUP_FILE_DAMAGED:
    'Tệp sao lưu bị hỏng hoặc không đầy đủ (nội dung không khớp mã kiểm tra). Hãy chọn một bản sao lưu khác; dữ liệu đang dùng không bị thay đổi.',
  BACKUP_TOO_NEW:
    'Bản sao lưu được tạo bởi phiên bản mới hơn của chương trình. Hãy cài phiên bản mới nhất rồi khôi phục lại; dữ liệu đang dùng không bị thay đổi.',
  BACKUP_NOT_FOUND:
    'Chưa có bản sao lưu nào dùng được trên máy này. Hãy khôi phục từ tệp sao lưu trên ổ USB nếu có.',
  BACKUP_BUSY: 'Đang có một thao tác sao lưu hoặc khôi phục khác chạy. Hãy đợi thao tác đó xong rồi thử lại.',
  RESTORE_NOT_CONFIRMED:
    'Chưa xác nhận khôi phục. Khôi phục sẽ thay toàn bộ dữ liệu hiện tại bằng dữ liệu trong bản sao lưu; hãy đọc kỹ thông tin rồi bấm Xác nhận.',
  RESTORE_DATABASE_IN_USE:
    'Chưa thể khôi phục vì cơ sở dữ liệu đang được sử dụng. Hãy đóng các cửa sổ khác của chương trình rồi thử lại.',
  RESTORE_FAILED:
    'Khôi phục không hoàn tất; dữ liệu cũ vẫn được giữ nguyên trong thư mục dữ liệu. Hãy khởi động lại chương trình, nếu vẫn lỗi hãy báo cho bộ phận kỹ thuật.',
  INTEGRITY_DATABASE_DAMAGED:
    'Kiểm tra khi khởi động phát hiện cơ sở dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu tốt gần nhất; tệp hỏng sẽ được cất riêng, không bị xóa.',
  INTEGRITY_DATABASE_UNREADABLE:
    'Không đọc được tệp cơ sở dữ liệu (tệp không phải dữ liệu của chương trình hoặc đã hỏng nặng). Hãy khôi phục từ bản sao lưu gần nhất; tệp cũ sẽ được cất riêng.',
  INTEGRITY_BLOBS_MISSING:
    'Một số tệp đính kèm của văn bản đã bị mất khỏi thư mục dữ liệu. Hãy khôi phục từ bản sao lưu gần nhất hoặc nhập lại các tệp gốc.',
  INTEGRITY_BLOBS_DAMAGED:
    'Một số tệp đính kèm đã bị thay đổi nội dung (không khớp mã kiểm tra). Hãy khôi phục từ bản sao lưu gần nhất; các tệp đó sẽ được cất riêng.',
} as const;

export type BackupErrorCode = keyof typeof BACKUP_MESSAGES;

export function isBackupErrorCode(value: unknown): value is BackupErrorCode {
  return typeof value === 'string' && Object.hasOwn(BACKUP_MESSAGES, value);
}

/** An error of the backup domain carrying its code; `detail` is for the log only, the message is for the clerk. */
export class BackupError extends Error {
  readonly code: BackupErrorCode;
  readonly detail: string | undefined;

  constructor(code: BackupErrorCode, detail?: string) {
    super(BACKUP_MESSAGES[code]);
    this.name = 'BackupError';
    this.code = code;
    this.detail = detail;
  }
}
