/**
 * Names of bodies as written in running text (NĐ 30 Phụ lục II): headers print "LIÊN ĐOÀN LAO ĐỘNG TỈNH
 * LAI CHÂU", a citation writes "Liên đoàn Lao động tỉnh Lai Châu".
 */

/** Phrases whose capitalisation Phụ lục II fixes: type, function and field words capitalised. */
const KNOWN_PHRASES: ReadonlyArray<string> = [
  'Tổng Liên đoàn Lao động Việt Nam',
  'Tổng LĐLĐ Việt Nam',
  'Liên đoàn Lao động',
  'Ban Thường vụ',
  'Ban Chấp hành',
  'Đoàn Chủ tịch',
  'Ủy ban Kiểm tra',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Công đoàn Viên chức',
  'Công đoàn ngành',
  'Công đoàn cơ sở',
  'Công đoàn',
  'Văn phòng',
  'Tỉnh ủy',
  'Thường trực',
];

/** Administrative unit words stay lower case before the proper name: "tỉnh Lai Châu". */
const UNIT_WORDS = ['tỉnh', 'thành phố', 'huyện', 'thị xã', 'quận', 'xã', 'phường', 'thị trấn'];

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}

function isAllCaps(text: string): boolean {
  return text === text.toLocaleUpperCase('vi') && text !== text.toLocaleLowerCase('vi');
}

/** Abbreviations such as "LĐLĐ", "UBND", "CĐCS" keep their capitals. */
function isAbbreviation(word: string): boolean {
  return /^[A-ZĐ]{2,}[A-ZĐa-z.]*$/u.test(word) && !/[aeiouyăâêôơư]/iu.test(word.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

/**
 * Turns a name printed in capitals into its running-text form. Names already in mixed case are returned
 * as they are, since the clerk's own capitalisation wins.
 */
export function nameInRunningText(name: string): string {
  const text = name.replace(/\s+/gu, ' ').trim();
  if (!isAllCaps(text)) return text;
  let out = text
    .split(' ')
    .map((w) => (isAbbreviation(w) ? w : w.toLocaleLowerCase('vi')))
    .join(' ');
  for (const phrase of KNOWN_PHRASES) {
    const lower = phrase
      .split(' ')
      .map((w) => (isAbbreviation(w) ? w : w.toLocaleLowerCase('vi')))
      .join(' ');
    out = out.split(lower).join(phrase);
  }
  for (const unit of UNIT_WORDS) {
    // The words after a unit word are its proper name.
    out = out.replace(new RegExp(`(^|\\s)${unit} ((?:\\p{L}+ ?)+)$`, 'u'), (_m, lead: string, rest: string) =>
      `${lead}${unit} ${rest.split(' ').map(capitalise).join(' ')}`,
    );
  }
  return capitalise(out);
}

/** Lower-cases the first letter of a subject so it reads on after "về": "về đẩy mạnh công tác ...". */
export function subjectInRunningText(subject: string): string {
  const text = subject.replace(/\s+/gu, ' ').trim().replace(/^V\/v\s*/iu, '').replace(/[.;]+$/u, '');
  const firstWord = text.split(' ')[0] ?? '';
  const keepsCapital = /^(Nghị|Chỉ|Kết|Chương|Kế|Luật|Bộ|Công|Đảng|Tổng|Liên|Ban|Đại|Hội|Tết|Quyết|Thông|Hướng)$/u;
  if (isAbbreviation(firstWord) || keepsCapital.test(firstWord)) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
