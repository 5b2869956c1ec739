import { describe, expect, it } from 'vitest';
import { draftDocumentSchema } from '../domain/draftSchema';
import { blockLabels, runsText } from './bodyText';
import { nameInRunningText, subjectInRunningText } from './officeNames';
import { citeInFull, citeShort, newDraft, replyDraftFrom, STANDARD_SIGNER_PRESETS, TEMPLATE_TYPE_IDS, templateBody } from './templates';

const office = {
  officeName: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG',
  parentName: 'LĐLĐ TỈNH LAI CHÂU',
  placeName: 'Tam Đường',
  unitCode: 'LĐLĐ',
};

const plan314 = {
  typeName: 'Kế hoạch',
  numberSymbol: '314/KH-LĐLĐ',
  issuedOn: '2022-02-16',
  issuer: 'BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU',
  subject: 'Đẩy mạnh công tác tuyên truyền, quán triệt, triển khai thực hiện Nghị quyết số 02-NQ/TW',
};

describe('citations', () => {
  it('cites in full on first mention and by type and number afterwards', () => {
    expect(citeInFull(plan314)).toBe(
      'Kế hoạch số 314/KH-LĐLĐ ngày 16/02/2022 của Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu về đẩy mạnh công tác tuyên truyền, quán triệt, triển khai thực hiện Nghị quyết số 02-NQ/TW',
    );
    expect(citeShort(plan314)).toBe('Kế hoạch số 314/KH-LĐLĐ');
    expect(citeInFull({ ...plan314, issuedOn: null, subject: 'V/v về việc tổ chức hội nghị' })).toBe(
      'Kế hoạch số 314/KH-LĐLĐ của Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu về việc tổ chức hội nghị',
    );
  });

  it('writes header names in running-text capitals', () => {
    expect(nameInRunningText('TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM')).toBe('Tổng Liên đoàn Lao động Việt Nam');
    expect(nameInRunningText('LĐLĐ HUYỆN TAM ĐƯỜNG')).toBe('LĐLĐ huyện Tam Đường');
    expect(nameInRunningText('Ban Thường vụ LĐLĐ tỉnh')).toBe('Ban Thường vụ LĐLĐ tỉnh');
    expect(subjectInRunningText('Chỉ thị số 58-CT/TW của Ban Bí thư')).toBe('Chỉ thị số 58-CT/TW của Ban Bí thư');
  });
});

describe('reply drafts', () => {
  it('answers a directive: addressed to its issuer, citing it, Nơi nhận from "Như trên" to "Lưu"', () => {
    const draft = replyDraftFrom(plan314, office, 'report', { today: '2022-03-01', draftingUnit: 'VP' });
    expect(draft.typeId).toBe('report');
    expect(draft.symbol).toBe('BC-LĐLĐ');
    expect(draft.numberText).toBeNull();
    expect(draft.issuedOn).toBeNull();
    expect(draft.draftYear).toBe(2022);
    expect(draft.parentIssuer).toBe('LĐLĐ TỈNH LAI CHÂU');
    expect(draft.addressees).toEqual(['Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu']);
    expect(draft.subject).toBe('Kết quả thực hiện Kế hoạch số 314/KH-LĐLĐ');
    expect(runsText(draft.body[0]?.runs ?? [])).toBe(
      'Thực hiện Kế hoạch số 314/KH-LĐLĐ ngày 16/02/2022 của Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu về đẩy mạnh công tác tuyên truyền, quán triệt, triển khai thực hiện Nghị quyết số 02-NQ/TW, Liên đoàn Lao động huyện Tam Đường báo cáo kết quả như sau:',
    );
    expect(draft.distribution[0]).toBe('Như trên');
    expect(draft.distribution[draft.distribution.length - 1]).toBe('Lưu: VT, VP');
    expect(draft.replyTo).toMatchObject({ numberSymbol: '314/KH-LĐLĐ', issuedOn: '2022-02-16' });
    expect(draft.signingAuthority).toBe('TM. BAN THƯỜNG VỤ');
    expect(draft.signerTitle).toBe('CHỦ TỊCH');
    expect(draftDocumentSchema.parse(draft)).toEqual(draft);
  });

  it('uses the office symbol pattern and a công văn has a V/v subject and no type code', () => {
    const draft = replyDraftFrom(plan314, { ...office, symbolPatterns: { officialLetter: 'LĐLĐ-VP' } }, 'officialLetter');
    expect(draft.symbol).toBe('LĐLĐ-VP');
    expect(draft.subject).toBe('thực hiện Kế hoạch số 314/KH-LĐLĐ');
    expect(draft.addressees).toHaveLength(1);
  });

  it('gives the report its four sections in order', () => {
    const body = templateBody('report', office);
    const labels = blockLabels(body);
    const sections = body.flatMap((b, i) => (b.kind === 'heading' && b.level === 1 ? [`${labels[i]}${runsText(b.runs)}`] : []));
    expect(sections).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
  });

  it('makes a valid draft for every template type, addressed only where NĐ 30 has Kính gửi', () => {
    for (const typeId of TEMPLATE_TYPE_IDS) {
      const draft = newDraft(typeId, office, { today: '2026-01-10' });
      expect(draftDocumentSchema.safeParse(draft).success).toBe(true);
      expect(draft.body.length).toBeGreaterThan(2);
      expect(draft.addressees.length > 0).toBe(['officialLetter', 'report', 'submission'].includes(typeId));
    }
    expect(newDraft('invitation', office).symbol).toBe('GM-LĐLĐ');
    expect(newDraft('plan', office).symbol).toBe('KH-LĐLĐ');
  });

  it('offers the union signer presets and takes the office preset first', () => {
    expect(STANDARD_SIGNER_PRESETS.map((p) => `${p.signingAuthority} / ${p.signerTitle}`)).toEqual([
      'TM. BAN THƯỜNG VỤ / CHỦ TỊCH',
      'TM. BAN THƯỜNG VỤ / PHÓ CHỦ TỊCH',
      'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
      'TM. BAN CHẤP HÀNH / CHỦ TỊCH',
    ]);
    const draft = newDraft('notice', { ...office, signerPresets: [{ signingAuthority: '', signerTitle: 'CHỦ TỊCH', signerName: 'Lò Văn Minh' }] });
    expect(draft.signingAuthority).toBeNull();
    expect(draft.signerName).toBe('Lò Văn Minh');
  });
});

describe('draft schema', () => {
  it('rejects impossible dates, unknown types and numbers that are not numbers', () => {
    const draft = newDraft('report', office);
    expect(draftDocumentSchema.safeParse({ ...draft, issuedOn: '2025-02-30' }).success).toBe(false);
    expect(draftDocumentSchema.safeParse({ ...draft, typeId: 'memo' }).success).toBe(false);
    expect(draftDocumentSchema.safeParse({ ...draft, numberText: '12/BC' }).success).toBe(false);
    expect(draftDocumentSchema.safeParse({ ...draft, numberText: '06b', issuedOn: '2024-02-29' }).success).toBe(true);
    expect(draftDocumentSchema.safeParse({ ...draft, body: [{ kind: 'heading', level: 4, runs: [] }] }).success).toBe(false);
  });
});
