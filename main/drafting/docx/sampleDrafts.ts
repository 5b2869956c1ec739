import type { DraftBlock, DraftDocument } from '../../../shared/domain/draft';

/**
 * Ready-made drafts used by the renderer's tests, its benchmark and the sample archive: a report answering
 * a provincial plan, of any length, and a công văn to several addressees.
 */

const SENTENCES = [
  'Ban Thường vụ đã ban hành văn bản chỉ đạo, hướng dẫn các công đoàn cơ sở triển khai thực hiện kịp thời, đúng tiến độ.',
  'Các công đoàn cơ sở tổ chức quán triệt đến đoàn viên, người lao động bằng nhiều hình thức phù hợp với điều kiện của từng đơn vị.',
  'Công tác tuyên truyền được đẩy mạnh trên trang thông tin điện tử, nhóm Zalo của các đơn vị và trong các buổi sinh hoạt công đoàn.',
  'Việc chăm lo đời sống, bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên được quan tâm, nhất là dịp Tết Nguyên đán.',
  'Số đoàn viên kết nạp mới trong kỳ đạt chỉ tiêu được giao; công tác quản lý đoàn viên tiếp tục được rà soát, cập nhật đầy đủ.',
  'Một số đơn vị còn chậm gửi báo cáo, nội dung báo cáo chưa bám sát yêu cầu của cấp trên và thiếu số liệu minh chứng cụ thể.',
];

function paragraph(seed: number, sentences: number): DraftBlock {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i += 1) parts.push(SENTENCES[(seed + i) % SENTENCES.length] as string);
  return { kind: 'paragraph', runs: [{ text: parts.join(' ') }] };
}

const SECTIONS = [
  'KẾT QUẢ THỰC HIỆN',
  'TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
  'PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
  'ĐỀ XUẤT, KIẾN NGHỊ',
];

/** A report of roughly the given number of A4 pages (about 2,600 characters of body per page). */
export function sampleReport(pages = 5): DraftDocument {
  const body: DraftBlock[] = [
    {
      kind: 'paragraph',
      runs: [
        { text: 'Thực hiện Kế hoạch số 314/KH-LĐLĐ ngày 16/02/2022 của Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu về đẩy mạnh công tác tuyên truyền, quán triệt, triển khai thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị, ' },
        { text: 'Liên đoàn Lao động huyện Tam Đường', bold: true },
        { text: ' báo cáo kết quả như sau:' },
      ],
    },
  ];
  const paragraphsPerSection = Math.max(1, Math.round((pages * 2600) / (4 * 2 * 380)));
  SECTIONS.forEach((title, s) => {
    body.push({ kind: 'heading', level: 1, runs: [{ text: title }] });
    for (const sub of ['Công tác lãnh đạo, chỉ đạo', 'Kết quả cụ thể']) {
      body.push({ kind: 'heading', level: 2, runs: [{ text: sub }] });
      for (let p = 0; p < paragraphsPerSection; p += 1) body.push(paragraph(s + p, 3));
    }
    body.push({ kind: 'item', marker: 'dash', runs: [{ text: 'Tỷ lệ công đoàn cơ sở hoàn thành nhiệm vụ: ' }, { text: '92,5%', italic: true }, { text: ';' }] });
  });
  body.push({ kind: 'paragraph', runs: [{ text: 'Trên đây là báo cáo kết quả thực hiện Kế hoạch số 314/KH-LĐLĐ của Liên đoàn Lao động huyện Tam Đường.' }] });
  return {
    typeId: 'report',
    parentIssuer: 'LĐLĐ TỈNH LAI CHÂU',
    issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG',
    numberText: '07',
    symbol: 'BC-LĐLĐ',
    place: 'Tam Đường',
    issuedOn: '2022-03-05',
    subject: 'Kết quả thực hiện Kế hoạch số 314/KH-LĐLĐ ngày 16/02/2022\ncủa Ban Thường vụ Liên đoàn Lao động tỉnh',
    addressees: ['Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu'],
    body,
    distribution: ['Như trên', 'Thường trực Huyện ủy (b/c)', 'Các công đoàn cơ sở trực thuộc', 'Lưu: VT, VP'],
    signingAuthority: 'TM. BAN THƯỜNG VỤ',
    signerTitle: 'CHỦ TỊCH',
    signerName: 'Lò Thị Hương',
    urgency: 'normal',
    secrecy: 'none',
    drafterInitials: 'LTH',
    copies: 12,
    replyTo: {
      typeName: 'Kế hoạch',
      numberSymbol: '314/KH-LĐLĐ',
      issuedOn: '2022-02-16',
      issuer: 'Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu',
      subject: 'Đẩy mạnh công tác tuyên truyền, quán triệt, triển khai thực hiện Nghị quyết số 02-NQ/TW',
    },
  };
}

/** A one-page công văn from the provincial office to several addressees, still unnumbered. */
export function sampleOfficialLetter(): DraftDocument {
  return {
    typeId: 'officialLetter',
    parentIssuer: 'TỔNG LĐLĐ VIỆT NAM',
    issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU',
    numberText: null,
    symbol: 'LĐLĐ',
    place: 'Lai Châu',
    issuedOn: null,
    draftYear: 2025,
    subject: 'đôn đốc báo cáo kết quả\nthực hiện nhiệm vụ quý I năm 2025',
    addressees: ['LĐLĐ các huyện, thành phố', 'Các Công đoàn ngành; Công đoàn Viên chức tỉnh', 'Công đoàn các cơ quan Đảng tỉnh'],
    body: [
      { kind: 'paragraph', runs: [{ text: 'Căn cứ Chương trình làm việc năm 2025 của Ban Thường vụ Liên đoàn Lao động tỉnh, để kịp thời tổng hợp báo cáo Tổng Liên đoàn, Ban Thường vụ LĐLĐ tỉnh đề nghị các đơn vị thực hiện một số nội dung sau:' }] },
      { kind: 'item', marker: 'number', runs: [{ text: 'Rà soát, đánh giá kết quả thực hiện nhiệm vụ quý I năm 2025, nêu rõ tồn tại, hạn chế và nguyên nhân.' }] },
      { kind: 'item', marker: 'number', runs: [{ text: 'Gửi báo cáo về Liên đoàn Lao động tỉnh (qua Văn phòng) ' }, { text: 'trước ngày 25/3/2025', bold: true }, { text: '.' }] },
      { kind: 'paragraph', runs: [{ text: 'Ban Thường vụ LĐLĐ tỉnh đề nghị các đơn vị quan tâm, thực hiện' }] },
    ],
    distribution: ['Như trên', 'Thường trực LĐLĐ tỉnh', 'Lưu: VT, VP'],
    signingAuthority: 'KT. CHỦ TỊCH',
    signerTitle: 'PHÓ CHỦ TỊCH',
    signerName: 'Đồng Thị Nghĩa',
    urgency: 'flash',
    secrecy: 'none',
    circulation: 'Lưu hành nội bộ',
  };
}
