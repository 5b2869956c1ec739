/**
 * Why a bundle was refused, or what went wrong with an exchange. Each code has one Vietnamese sentence for the
 * import journal and the error banners; a test covers the whole map.
 */
export const SYNC_MESSAGES = {
  BUNDLE_UNREADABLE: 'Tệp không phải gói trao đổi hợp lệ hoặc đã bị hỏng (có thể do rút USB khi đang ghi). Hãy xin đơn vị gửi lại gói.',
  BUNDLE_TOO_LARGE: 'Gói trao đổi lớn bất thường nên không được mở. Hãy liên hệ đơn vị gửi để kiểm tra.',
  BUNDLE_ENTRY_FORBIDDEN: 'Gói có tệp lạ không được phép (tên tệp sai quy cách, liên kết hoặc tệp bị mã hóa). Gói bị từ chối; hãy báo cho đơn vị gửi.',
  BUNDLE_ENTRY_MISMATCH: 'Nội dung gói không khớp với danh mục đã ký (tệp bị sửa, thiếu hoặc thừa). Gói bị từ chối; hãy xin gửi lại.',
  MANIFEST_INVALID: 'Danh mục của gói không đọc được hoặc sai cấu trúc. Gói bị từ chối; hãy xin gửi lại.',
  SIGNATURE_INVALID: 'Chữ ký của gói không đúng: gói có thể đã bị sửa hoặc giả mạo. Gói bị từ chối; hãy báo cho đơn vị gửi.',
  CERT_UNTRUSTED: 'Gói được ký bởi khóa không do LĐLĐ tỉnh cấp. Gói bị từ chối; hãy kiểm tra nguồn gốc gói.',
  CERT_EXPIRED: 'Chứng thư của máy gửi đã hết hạn. Hãy đề nghị đơn vị gửi gia hạn chứng thư với LĐLĐ tỉnh; nếu ngày giờ trên máy tính này sai, hãy chỉnh lại rồi nhập lại gói.',
  CLOCK_BEHIND: 'Ngày giờ trên máy tính này sớm hơn ngày LĐLĐ tỉnh cấp chứng thư cho máy gửi, nên đồng hồ máy tính có thể đang sai. Hãy chỉnh lại ngày giờ của máy tính rồi nhập lại gói.',
  CERT_REVOKED: 'Chứng thư của máy gửi đã bị thu hồi. Gói bị từ chối; hãy liên hệ LĐLĐ tỉnh.',
  PARTITION_FORBIDDEN: 'Máy gửi ghi vào phần dữ liệu mà chứng thư của nó không cho phép. Gói bị từ chối; hãy báo cho LĐLĐ tỉnh.',
  NOT_ADDRESSED_HERE: 'Gói này gửi cho đơn vị khác, không phải đơn vị của bạn. Hãy chuyển gói đến đúng đơn vị.',
  OP_CHAIN_BROKEN: 'Các thao tác trong gói không nối tiếp nhau đúng thứ tự đã ký. Gói bị từ chối; hãy xin gửi lại.',
  EQUIVOCATION: 'Cảnh báo an toàn: gói chứa thao tác trùng số thứ tự nhưng khác nội dung với dữ liệu đã nhận. Gói bị từ chối; hãy báo ngay cho LĐLĐ tỉnh.',
  // No longer a refusal (a document whose file is missing is taken, the file awaited): kept for the journal lines
  // of bundles refused for it before.
  BLOB_MISSING: 'Gói thiếu tệp đính kèm mà văn bản cần nên đã bị từ chối. Hãy nhập lại gói này: văn bản sẽ được nhập, còn tệp đính kèm sẽ có khi nhập gói tiếp theo từ nơi gửi.',
  FORMAT_UNSUPPORTED: 'Gói được tạo bởi phiên bản chương trình mới hơn. Hãy cập nhật chương trình rồi nhập lại.',
  DUPLICATE_BUNDLE: 'Gói này đã được nhập trước đó; không có gì thay đổi.',
  SYNC_NOT_SET_UP: 'Máy này chưa được thiết lập để trao đổi gói. Hãy vào mục “Trao đổi gói” để tạo khóa và cài chứng thư.',
  MACHINE_CHANGED:
    'Dữ liệu này vừa được chuyển hoặc sao chép sang một máy tính khác, nên việc trao đổi gói đang tạm dừng. Hãy trả lời câu hỏi ở đầu màn hình: máy này thay máy cũ, hay là bản sao dùng song song với máy cũ.',
  ROOT_PASSPHRASE_WRONG: 'Mật khẩu khóa gốc không đúng. Hãy nhập lại đúng mật khẩu đã đặt khi tạo khóa gốc.',
  REQUEST_INVALID: 'Tệp yêu cầu chứng thư không hợp lệ. Hãy đề nghị đơn vị tạo lại tệp yêu cầu.',
  CERT_NOT_FOR_THIS_DEVICE: 'Chứng thư này cấp cho máy khác, không phải máy này. Hãy cài đúng chứng thư được cấp cho máy này.',
  NO_SPACE: 'Nơi lưu không đủ chỗ trống cho gói trao đổi. Hãy xóa bớt tệp trên USB hoặc chọn nơi khác rồi thử lại.',
  DISK_FULL: 'Ổ đĩa của máy tính này đã đầy nên chưa nhập được gói; kho văn bản không thay đổi. Hãy giải phóng chỗ trống trên ổ đĩa rồi nhập lại gói.',
  EXPORT_FILE_UNREADABLE:
    'Một tệp đính kèm trong kho không đọc được khi ghi gói nên chưa xuất gói; nơi lưu không bị ghi gì. Hãy vào Sao lưu, khôi phục để kiểm tra kho hoặc khôi phục bản sao lưu gần nhất, rồi xuất gói lại.',
  WRITE_VERIFY_FAILED: 'Gói ghi ra USB bị sai khi đọc lại để kiểm tra nên đã được xóa khỏi USB. Hãy xuất lại gói; nếu vẫn lỗi, USB này đang hỏng, hãy dùng USB khác.',
  FINGERPRINT_MISMATCH:
    'Dấu vân tay vừa gõ không khớp với khóa gốc của LĐLĐ tỉnh trong tệp chứng thư. Hãy so lại từng ký tự với dấu vân tay in trên công văn của LĐLĐ tỉnh; nếu vẫn khác, đừng cài tệp này và hãy liên hệ LĐLĐ tỉnh.',
  ROOT_KEY_CHANGED:
    'Tệp chứng thư này được cấp bằng một khóa gốc khác với khóa gốc của tỉnh mà máy này đã cài. Đừng cài tệp này; hãy liên hệ LĐLĐ tỉnh để nhận đúng tệp chứng thư.',
  CERT_FILE_INVALID: 'Tệp đã chọn không phải tệp chứng thư do LĐLĐ tỉnh cấp, hoặc tệp đã bị hỏng. Hãy chọn đúng tệp “Chứng thư … .json” mà LĐLĐ tỉnh gửi.',
  ROOT_KEY_FILE_INVALID: 'Tệp đã chọn không phải tệp khóa gốc của tỉnh. Hãy chọn đúng tệp “Khóa gốc … .json” đã lưu khi tạo khóa gốc.',
  FOLDER_NOT_FOUND: 'Không tìm thấy thư mục đã nhập (có thể USB chưa cắm hoặc gõ sai tên). Hãy cắm USB, kiểm tra lại đường dẫn hoặc tạo thư mục đó rồi thử lại.',
  FOLDER_NOT_WRITABLE: 'Không ghi được vào thư mục đã nhập (ổ chỉ đọc, USB đang khóa chống ghi hoặc không có quyền ghi). Hãy mở khóa USB hoặc chọn thư mục khác rồi thử lại.',
  FOLDER_NOT_READABLE: 'Không đọc được thư mục đã nhập (không có quyền đọc hoặc USB bị lỗi). Hãy kiểm tra USB hoặc chọn thư mục khác rồi thử lại.',
  FOLDER_IS_FILE: 'Đường dẫn đã nhập là một tệp, không phải thư mục. Hãy nhập đường dẫn của thư mục chứa gói, ví dụ thư mục TraoDoi trên USB.',
  FOLDER_NOT_ABSOLUTE: 'Đường dẫn thư mục chưa đầy đủ hoặc không dùng được trên máy tính này. Hãy nhập đường dẫn đầy đủ từ tên ổ đĩa, ví dụ E:\\TraoDoi trên Windows hoặc /media/usb/TraoDoi trên Linux.',
  PEER_UNKNOWN: 'Chưa có đơn vị nhận nào để xuất gói. Hãy thêm đơn vị vào danh bạ hoặc nhập gói của đơn vị đó trước.',
} as const;

export type SyncReason = keyof typeof SYNC_MESSAGES;

/**
 * Said instead of CERT_EXPIRED's sentence when this PC's date is further past the certificate's end than the
 * certificate ever lasted: the clock is then the likelier fault (as CLOCK_BEHIND says of a clock set back). The
 * reason stays CERT_EXPIRED, and its own sentence in the journal mentions the clock too.
 */
export const CLOCK_AHEAD_MESSAGE =
  'Ngày giờ trên máy tính này có vẻ sai: máy đang chỉ một ngày quá xa sau thời hạn chứng thư của máy gửi, nên gói hợp lệ bị coi như chứng thư đã hết hạn. Hãy kiểm tra và chỉnh lại ngày giờ của máy tính rồi nhập lại gói.';

/**
 * A refusal or an exchange failure. The message is the clerk's sentence (the code's own, or `sentence` where that
 * does not fit the case), with `note` after it when the clerk needs a fact to act on (the dates of a certificate);
 * `detail` (an entry name, a system error) is for the log only, and `fields` marks the form fields the sentence is
 * about.
 */
export class SyncError extends Error {
  readonly code: SyncReason;
  readonly detail: string | undefined;
  readonly fields: Record<string, string> | undefined;
  constructor(code: SyncReason, detail?: string, options: { note?: string; fields?: Record<string, string>; sentence?: string } = {}) {
    const sentence = options.sentence ?? SYNC_MESSAGES[code];
    super(options.note ? `${sentence} (${options.note})` : sentence);
    this.name = 'SyncError';
    this.code = code;
    this.detail = detail;
    this.fields = options.fields;
  }
}
