import type { NewDocument } from '../../main/archive/documentsRepo';
import type { ArrivalInput } from '../../main/archive/incomingRegister';
import { DOCUMENT_TYPES, type DocumentTypeId } from '../../shared/domain/documentTypes';

/** A small deterministic generator (mulberry32), so every run measures the same archive. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ISSUERS = [
  ['LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU', 'LĐLĐ'], ['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', 'TLĐ'], ['LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐIỆN BIÊN', 'LĐLĐ'],
  ['LIÊN ĐOÀN LAO ĐỘNG TỈNH SƠN LA', 'LĐLĐ'], ['CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH LAI CHÂU', 'CĐN'], ['CÔNG ĐOÀN NGÀNH Y TẾ TỈNH LAI CHÂU', 'CĐN'],
  ['CÔNG ĐOÀN VIÊN CHỨC TỈNH LAI CHÂU', 'CĐVC'], ['LIÊN ĐOÀN LAO ĐỘNG HUYỆN THAN UYÊN', 'LĐLĐ'], ['LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG', 'LĐLĐ'],
  ['LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHONG THỔ', 'LĐLĐ'], ['CÔNG ĐOÀN PHƯỜNG TÂN PHONG', 'CĐP'], ['CÔNG ĐOÀN PHƯỜNG ĐOÀN KẾT', 'CĐP'],
  ['ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', 'UBND'], ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH LAI CHÂU', 'SLĐTBXH'], ['BAN TUYÊN GIÁO TỈNH ỦY LAI CHÂU', 'BTG'],
  ['BẢO HIỂM XÃ HỘI TỈNH LAI CHÂU', 'BHXH'], ['CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT LAI CHÂU', 'CĐCS'], ['CÔNG ĐOÀN CƠ SỞ BỆNH VIỆN ĐA KHOA TỈNH', 'CĐCS'],
] as const;

const TOPICS = [
  'học tập suốt đời', 'phát triển đoàn viên', 'Tháng Công nhân', 'an toàn, vệ sinh lao động', 'chăm lo Tết cho đoàn viên, người lao động',
  'đối thoại, thương lượng tập thể', 'kiểm tra tài chính công đoàn', 'thu kinh phí công đoàn', 'Mái ấm Công đoàn', 'phong trào thi đua Lao động giỏi, Lao động sáng tạo',
  'tuyên truyền Nghị quyết Đại hội Công đoàn', 'xây dựng Đảng trong sạch, vững mạnh', 'giám sát, phản biện xã hội', 'văn hóa công sở',
  'bảo vệ quyền, lợi ích hợp pháp của người lao động', 'quyết toán tài chính năm', 'chuyển đổi số trong hoạt động công đoàn', 'bình đẳng giới',
  'phòng, chống tham nhũng, lãng phí', 'kỷ niệm ngày thành lập Công đoàn Việt Nam', 'tổ chức Đại hội công đoàn cơ sở', 'tiền lương, tiền thưởng cuối năm',
];

const SENTENCES = [
  'Ban Thường vụ đề nghị các cấp công đoàn tập trung chỉ đạo, triển khai thực hiện nghiêm túc các nội dung sau',
  'Tăng cường công tác tuyên truyền đến cán bộ, công chức, viên chức, đoàn viên và người lao động',
  'Phối hợp chặt chẽ với chính quyền đồng cấp, chuyên môn cùng cấp trong quá trình thực hiện',
  'Kịp thời phát hiện những vấn đề nảy sinh, báo cáo về Liên đoàn Lao động tỉnh để chỉ đạo giải quyết',
  'Đẩy mạnh cải cách hành chính và ứng dụng công nghệ thông tin, hướng mạnh về cơ sở',
  'Quan tâm chăm lo đời sống vật chất, tinh thần cho đoàn viên có hoàn cảnh khó khăn',
  'Thực hiện tốt chức năng đại diện, chăm lo, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên',
  'Kiểm tra, giám sát việc thực hiện chế độ, chính sách đối với người lao động trong các doanh nghiệp',
  'Biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích tiêu biểu',
  'Tổ chức hội nghị sơ kết, đánh giá kết quả và rút kinh nghiệm trong chỉ đạo, điều hành',
  'Nâng cao chất lượng hoạt động của công đoàn cơ sở, xây dựng tổ chức công đoàn vững mạnh',
  'Củng cố, kiện toàn đội ngũ cán bộ công đoàn, chú trọng công tác đào tạo, bồi dưỡng',
];

export type BenchDocument = { document: NewDocument; arrival: ArrivalInput; numberSymbol: string; topic: string; year: number; typeId: DocumentTypeId };

const TYPES = DOCUMENT_TYPES.filter((t) => ['officialLetter', 'plan', 'notice', 'guidance', 'report', 'decision', 'invitation', 'programme', 'directive', 'resolution'].includes(t.id));

/** `count` Vietnamese trade-union documents over 20 years, 1 to 10 KB of text each, citing earlier ones. */
export function* corpus(count: number, seed = 42): Generator<BenchDocument> {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const earlier: string[] = [];
  const numbers = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const [issuer, unit] = pick(ISSUERS);
    const type = pick(TYPES);
    const year = 2006 + Math.floor((i / count) * 20);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const issuedOn = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const key = `${issuer}|${year}|${type.id}`;
    const n = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, n);
    const symbol = type.code ? `${type.code}-${unit}` : unit;
    const numberSymbol = `${n}/${symbol}`;
    const topic = pick(TOPICS);
    const target = 1000 + Math.floor(random() * 9000);
    const parts: string[] = [`Thực hiện chương trình công tác năm ${year} về ${topic},`];
    if (earlier.length && random() < 0.6) parts.push(`căn cứ văn bản số ${pick(earlier)} ngày ${day}/${month}/${year},`);
    let length = parts.join(' ').length;
    while (length < target) {
      const s = `${pick(SENTENCES)} về ${pick(TOPICS)}.`;
      parts.push(s);
      length += s.length + 1;
    }
    earlier.push(numberSymbol);
    if (earlier.length > 500) earlier.shift();
    const body = parts.join(' ');
    yield {
      numberSymbol,
      topic,
      year,
      typeId: type.id,
      document: {
        direction: 'incoming', typeId: type.id, numberText: String(n), number: n, symbol, issuer, parentIssuer: null, place: 'Lai Châu', issuedOn,
        subject: `${type.id === 'officialLetter' ? 'V/v ' : ''}${topic} năm ${year}`, body, addressees: [], distribution: ['Lưu: VT'], signerName: 'Nguyễn Văn An',
        signerTitle: 'CHỦ TỊCH', signingAuthority: 'TM. BAN THƯỜNG VỤ', urgency: 'normal', secrecy: 'none', reportDeadline: null,
        citations: [...body.matchAll(/văn bản số (\S+)/g)].map((m) => ({ numberSymbol: m[1] as string, typeName: null, citedOn: null })),
      },
      arrival: { arrivedOn: issuedOn, channel: 'file', recipient: 'Văn phòng', note: '' },
    };
  }
}
