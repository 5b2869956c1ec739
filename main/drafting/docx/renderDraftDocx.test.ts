import { describe, expect, it } from 'vitest';
import type { DraftDocument } from '../../../shared/domain/draft';
import { child, findAll, isOn, openDocx, runsOf, textOf, type XmlNode } from '../../../tests/support/ooxml';
import { HEADER_LEFT_WIDTH } from './headerTable';
import { renderDraftDocx } from './renderDraftDocx';
import { sampleOfficialLetter, sampleReport } from './sampleDrafts';

type Rendered = { parts: Map<string, XmlNode>; body: XmlNode; blocks: XmlNode[] };

async function render(draft: DraftDocument): Promise<Rendered> {
  const parts = await openDocx(await renderDraftDocx(draft));
  const documentXml = parts.get('word/document.xml');
  const body = child(child(documentXml, 'w:document'), 'w:body');
  if (!body) throw new Error('document.xml has no body');
  return { parts, body, blocks: body.children.filter((c) => c.name === 'w:p' || c.name === 'w:tbl') };
}

const attr = (node: XmlNode | undefined, name: string) => node?.attrs[name];
const pPr = (p: XmlNode) => child(p, 'w:pPr');
const paragraphs = (node: XmlNode) => findAll(node, 'w:p');
const texts = (node: XmlNode) => paragraphs(node).map(textOf).filter((t) => t !== '');
const cellsOf = (table: XmlNode) => findAll(table, 'w:tr').map((row) => row.children.filter((c) => c.name === 'w:tc'));
const paragraphWith = (node: XmlNode, text: string) => {
  const found = paragraphs(node).find((p) => textOf(p) === text);
  if (!found) throw new Error(`no paragraph "${text}" in ${JSON.stringify(texts(node))}`);
  return found;
};
const topBorder = (p: XmlNode) => child(child(pPr(p), 'w:pBdr'), 'w:top');

describe('page setup', () => {
  it('is A4 portrait with NĐ 30 margins and Times New Roman 14 pt as the default', async () => {
    const { body, parts } = await render(sampleReport(1));
    const sectPr = child(body, 'w:sectPr');
    expect(attr(child(sectPr, 'w:pgSz'), 'w:w')).toBe('11906');
    expect(attr(child(sectPr, 'w:pgSz'), 'w:h')).toBe('16838');
    const mar = child(sectPr, 'w:pgMar');
    const mmOf = (v: string | undefined) => (Number(v) * 25.4) / 1440;
    expect(mmOf(attr(mar, 'w:top'))).toBeGreaterThanOrEqual(19.9);
    expect(mmOf(attr(mar, 'w:top'))).toBeLessThanOrEqual(25.1);
    expect(mmOf(attr(mar, 'w:bottom'))).toBeGreaterThanOrEqual(19.9);
    expect(mmOf(attr(mar, 'w:bottom'))).toBeLessThanOrEqual(25.1);
    expect(mmOf(attr(mar, 'w:left'))).toBeGreaterThanOrEqual(29.9);
    expect(mmOf(attr(mar, 'w:left'))).toBeLessThanOrEqual(35.1);
    expect(mmOf(attr(mar, 'w:right'))).toBeGreaterThanOrEqual(14.9);
    expect(mmOf(attr(mar, 'w:right'))).toBeLessThanOrEqual(20.1);

    const defaults = child(child(child(parts.get('word/styles.xml'), 'w:styles'), 'w:docDefaults'), 'w:rPrDefault');
    const rPr = child(defaults, 'w:rPr');
    const fonts = child(rPr, 'w:rFonts');
    for (const slot of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia']) expect(attr(fonts, slot)).toBe('Times New Roman');
    expect(attr(child(rPr, 'w:sz'), 'w:val')).toBe('28');
    expect(attr(child(rPr, 'w:lang'), 'w:val')).toBe('vi-VN');
  });

  it('numbers pages from page 2 only, centred in a header, in 14 pt', async () => {
    const { body, parts } = await render(sampleReport(2));
    const sectPr = child(body, 'w:sectPr');
    expect(isOn(sectPr, 'w:titlePg')).toBe(true);
    const refs = (sectPr?.children ?? []).filter((c) => c.name === 'w:headerReference');
    const rels = findAll(parts.get('word/_rels/document.xml.rels') as XmlNode, 'Relationship');
    const headerPart = (type: string) => {
      const id = refs.find((r) => attr(r, 'w:type') === type)?.attrs['r:id'];
      const target = rels.find((r) => r.attrs.Id === id)?.attrs.Target;
      return parts.get(`word/${target}`) as XmlNode;
    };
    const defaultHeader = headerPart('default');
    const instr = findAll(defaultHeader, 'w:instrText').map((n) => n.text.trim());
    expect(instr).toContain('PAGE');
    const p = paragraphs(defaultHeader)[0] as XmlNode;
    expect(attr(child(pPr(p), 'w:jc'), 'w:val')).toBe('center');
    expect(findAll(p, 'w:sz').map((s) => attr(s, 'w:val'))).toContain('28');
    const first = headerPart('first');
    expect(findAll(first, 'w:instrText')).toHaveLength(0);
    expect(texts(first)).toEqual([]);
  });
});

describe('header of page 1', () => {
  it('is a borderless two-column table: issuer block and Quốc hiệu block, then number and date', async () => {
    const { blocks } = await render(sampleReport(1));
    const table = blocks[0] as XmlNode;
    expect(table.name).toBe('w:tbl');
    const borders = child(child(table, 'w:tblPr'), 'w:tblBorders');
    for (const side of ['w:top', 'w:bottom', 'w:left', 'w:right', 'w:insideH', 'w:insideV']) {
      expect(attr(child(borders, side), 'w:val')).toBe('none');
    }
    const [[issuerCell, nationalCell], [numberCell, dateCell]] = cellsOf(table) as [[XmlNode, XmlNode], [XmlNode, XmlNode]];
    expect(texts(issuerCell)).toEqual(['LĐLĐ TỈNH LAI CHÂU', 'LIÊN ĐOÀN LAO ĐỘNG\nHUYỆN TAM ĐƯỜNG']);
    expect(texts(nationalCell)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(texts(numberCell)).toEqual(['Số: 07/BC-LĐLĐ']);
    expect(texts(dateCell)).toEqual(['Tam Đường, ngày 05 tháng 3 năm 2022']);

    const [parent] = runsOf(paragraphWith(issuerCell, 'LĐLĐ TỈNH LAI CHÂU'));
    expect(parent).toMatchObject({ bold: false, sizeHalfPoints: 24 });
    const [issuer] = runsOf(paragraphWith(issuerCell, 'LIÊN ĐOÀN LAO ĐỘNG\nHUYỆN TAM ĐƯỜNG'));
    expect(issuer).toMatchObject({ bold: true, sizeHalfPoints: 24 });
    expect(runsOf(paragraphWith(nationalCell, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))[0]).toMatchObject({ bold: true, sizeHalfPoints: 24 });
    expect(runsOf(paragraphWith(nationalCell, 'Độc lập - Tự do - Hạnh phúc'))[0]).toMatchObject({ bold: true, sizeHalfPoints: 26 });
    expect(runsOf(paragraphWith(numberCell, 'Số: 07/BC-LĐLĐ'))[0]).toMatchObject({ bold: false, italic: false, sizeHalfPoints: 26 });
    expect(runsOf(paragraphWith(dateCell, 'Tam Đường, ngày 05 tháng 3 năm 2022'))[0]).toMatchObject({ italic: true, sizeHalfPoints: 28 });
  });

  it('draws a short rule under the issuer and a rule as long as the Tiêu ngữ under it', async () => {
    const { blocks } = await render(sampleReport(1));
    const [[issuerCell, nationalCell]] = cellsOf(blocks[0] as XmlNode) as [[XmlNode, XmlNode]];
    const ruleWidth = (cell: XmlNode) => {
      const cellWidth = Number(attr(child(child(cell, 'w:tcPr'), 'w:tcW'), 'w:w'));
      const rule = paragraphs(cell).find((p) => topBorder(p) !== undefined) as XmlNode;
      expect(attr(topBorder(rule), 'w:val')).toBe('single');
      const ind = child(pPr(rule), 'w:ind');
      expect(attr(ind, 'w:left')).toBe(attr(ind, 'w:right'));
      return cellWidth - 2 * Number(attr(ind, 'w:left'));
    };
    // "LIÊN ĐOÀN LAO ĐỘNG" (the longer wrapped line) is about 95 mm at 12 pt bold; the rule is 1/3 to 1/2 of it.
    const issuerRule = ruleWidth(issuerCell);
    expect(issuerRule).toBeGreaterThan(2800 / 3);
    expect(issuerRule).toBeLessThan(HEADER_LEFT_WIDTH / 2);
    // "Độc lập - Tự do - Hạnh phúc" at 13 pt bold is about 2,950 twips wide in Times New Roman.
    expect(ruleWidth(nationalCell)).toBeGreaterThan(2800);
    expect(ruleWidth(nationalCell)).toBeLessThan(3200);
  });

  it('leaves the number and the day blank while a draft, and prints the stamps', async () => {
    const { blocks } = await render(sampleOfficialLetter());
    const [, [numberCell, dateCell]] = cellsOf(blocks[0] as XmlNode) as [unknown, [XmlNode, XmlNode]];
    const [numberText, subjectText, urgency, circulation] = texts(numberCell);
    expect(numberText).toMatch(/^Số: {6,}\/LĐLĐ$/);
    expect(subjectText).toBe('V/v đôn đốc báo cáo kết quả\nthực hiện nhiệm vụ quý I năm 2025');
    expect(texts(dateCell)[0]).toMatch(/^Lai Châu, ngày {3,}tháng {3,}năm 2025$/);

    const vv = paragraphs(numberCell)[1] as XmlNode;
    expect(runsOf(vv).every((r) => !r.bold && r.sizeHalfPoints === 24)).toBe(true);
    expect(attr(child(pPr(vv), 'w:spacing'), 'w:before')).toBe('120');

    expect(urgency).toBe('HỎA TỐC');
    const stamp = paragraphs(numberCell)[2] as XmlNode;
    const frame = child(pPr(stamp), 'w:pBdr');
    for (const side of ['w:top', 'w:bottom', 'w:left', 'w:right']) expect(attr(child(frame, side), 'w:val')).toBe('single');
    expect(runsOf(stamp)[0]).toMatchObject({ bold: true, color: 'FF0000' });
    const cellWidth = Number(attr(child(child(numberCell, 'w:tcPr'), 'w:tcW'), 'w:w'));
    const ind = child(pPr(stamp), 'w:ind');
    const frameMm = ((cellWidth - Number(attr(ind, 'w:left')) - Number(attr(ind, 'w:right'))) * 25.4) / 1440;
    expect(frameMm).toBeGreaterThan(29.5);
    expect(frameMm).toBeLessThan(30.5);
    expect(circulation).toBe('LƯU HÀNH NỘI BỘ');
  });

  it('stacks the secrecy stamp above a 40 mm THƯỢNG KHẨN frame', async () => {
    const { blocks } = await render({ ...sampleReport(1), secrecy: 'secret', urgency: 'veryUrgent' });
    const [, [numberCell]] = cellsOf(blocks[0] as XmlNode) as [unknown, [XmlNode]];
    expect(texts(numberCell)).toEqual(['Số: 07/BC-LĐLĐ', 'MẬT', 'THƯỢNG KHẨN']);
    const cellWidth = Number(attr(child(child(numberCell, 'w:tcPr'), 'w:tcW'), 'w:w'));
    const frame = paragraphWith(numberCell, 'THƯỢNG KHẨN');
    const ind = child(pPr(frame), 'w:ind');
    const widthMm = ((cellWidth - Number(attr(ind, 'w:left')) - Number(attr(ind, 'w:right'))) * 25.4) / 1440;
    expect(widthMm).toBeCloseTo(40, 0);
    expect(runsOf(paragraphWith(numberCell, 'MẬT'))[0]).toMatchObject({ bold: true, color: 'FF0000' });
  });

  it('prints no stamp when the document is neither urgent, secret nor restricted', async () => {
    const { blocks } = await render(sampleReport(1));
    const [, [numberCell]] = cellsOf(blocks[0] as XmlNode) as [unknown, [XmlNode]];
    expect(paragraphs(numberCell).some((p) => child(pPr(p), 'w:pBdr') !== undefined)).toBe(false);
  });
});

describe('title, addressees and body', () => {
  it('puts type name, subject and rule, Kính gửi, then the body in order, ending with "./."', async () => {
    const draft = sampleReport(1);
    const { blocks } = await render(draft);
    const afterHeader = blocks.slice(1, -1).map(textOf);
    expect(afterHeader[0]).toBe('BÁO CÁO');
    expect(afterHeader[1]).toBe(draft.subject);
    expect(afterHeader[2]).toBe('');
    expect(afterHeader[3]).toBe('Kính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu.');
    expect(afterHeader[4]).toMatch(/^Thực hiện Kế hoạch số 314\/KH-LĐLĐ ngày 16\/02\/2022 của Ban Thường vụ/);
    const headings = afterHeader.filter((t) => /^[IVX]+\. /.test(t));
    expect(headings).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    const bodyTexts = afterHeader.filter((t) => t !== '');
    expect(bodyTexts[bodyTexts.length - 1]).toBe('Trên đây là báo cáo kết quả thực hiện Kế hoạch số 314/KH-LĐLĐ của Liên đoàn Lao động huyện Tam Đường./.');
    expect(afterHeader.filter((t) => t.includes('./.'))).toHaveLength(1);

    const [typeName, subject] = blocks.slice(1, 3) as [XmlNode, XmlNode];
    expect(attr(child(pPr(typeName), 'w:jc'), 'w:val')).toBe('center');
    expect(runsOf(typeName)[0]).toMatchObject({ bold: true, sizeHalfPoints: 28 });
    expect(attr(child(pPr(subject), 'w:jc'), 'w:val')).toBe('center');
    expect(runsOf(subject).every((r) => r.bold && r.sizeHalfPoints === 28)).toBe(true);
    expect(attr(topBorder(blocks[3] as XmlNode), 'w:val')).toBe('single');
  });

  it('sets body paragraphs justified, 14 pt, first line indented 1 cm, at least 6 pt apart', async () => {
    const { blocks } = await render(sampleReport(1));
    const body = blocks.filter((b) => b.name === 'w:p' && /^(Thực hiện|Ban Thường vụ|I\. |1\. |- )/.test(textOf(b)));
    expect(body.length).toBeGreaterThan(5);
    for (const p of body) {
      expect(attr(child(pPr(p), 'w:jc'), 'w:val')).toBe('both');
      expect([567, 720]).toContain(Number(attr(child(pPr(p), 'w:ind'), 'w:firstLine')));
      expect(Number(attr(child(pPr(p), 'w:spacing'), 'w:before'))).toBeGreaterThanOrEqual(120);
      const line = Number(attr(child(pPr(p), 'w:spacing'), 'w:line'));
      expect(line).toBeGreaterThanOrEqual(240);
      expect(line).toBeLessThanOrEqual(360);
      expect(runsOf(p).every((r) => r.sizeHalfPoints === 28)).toBe(true);
    }
    const heading = body.find((p) => textOf(p) === 'I. KẾT QUẢ THỰC HIỆN') as XmlNode;
    expect(runsOf(heading).every((r) => r.bold)).toBe(true);
    const clause = body.find((p) => textOf(p) === '1. Công tác lãnh đạo, chỉ đạo') as XmlNode;
    expect(runsOf(clause).every((r) => r.bold)).toBe(true);
    const opening = body.find((p) => textOf(p).startsWith('Thực hiện')) as XmlNode;
    expect(runsOf(opening).map((r) => r.bold)).toEqual([false, true, false]);
    const item = body.find((p) => textOf(p).startsWith('- Tỷ lệ')) as XmlNode;
    expect(runsOf(item).find((r) => r.text === '92,5%')?.italic).toBe(true);
  });

  it('sets every line spacing as a multiple of single (automatic rule), never as an exact height', async () => {
    const { parts, blocks } = await render(sampleOfficialLetter());
    const spacings = [...findAll(parts.get('word/document.xml') as XmlNode, 'w:spacing'), ...findAll(parts.get('word/styles.xml') as XmlNode, 'w:spacing')];
    const withLine = spacings.filter((s) => attr(s, 'w:line') !== undefined);
    expect(withLine.length).toBeGreaterThan(3);
    for (const s of withLine) {
      // Only the 4 pt paragraphs that carry a rule are exact; a line of text must grow with its font.
      if (attr(s, 'w:lineRule') === 'exact') expect(Number(attr(s, 'w:line'))).toBeLessThanOrEqual(100);
      else expect(attr(s, 'w:lineRule')).toBe('auto');
    }
    const defaults = child(child(child(parts.get('word/styles.xml'), 'w:styles'), 'w:docDefaults'), 'w:pPrDefault');
    const single = child(child(defaults, 'w:pPr'), 'w:spacing');
    expect(attr(single, 'w:line')).toBe('240');
    expect(attr(single, 'w:lineRule')).toBe('auto');
    const body = child(pPr(blocks[4] as XmlNode), 'w:spacing');
    expect(attr(body, 'w:line')).toBe('276');
    expect(attr(body, 'w:lineRule')).toBe('auto');
  });

  it('prints điểm a), b) upright like the running text, and mục and khoản in bold', async () => {
    const draft = sampleReport(1);
    draft.body = [
      { kind: 'heading', level: 1, runs: [{ text: 'Kết quả thực hiện' }] },
      { kind: 'heading', level: 2, runs: [{ text: 'Công tác tuyên truyền' }] },
      { kind: 'heading', level: 3, runs: [{ text: 'Tổ chức hội nghị' }] },
      { kind: 'item', marker: 'letter', runs: [{ text: 'Phát hành tài liệu' }] },
    ];
    const { body } = await render(draft);
    expect(runsOf(paragraphWith(body, 'I. KẾT QUẢ THỰC HIỆN')).every((r) => r.bold && !r.italic)).toBe(true);
    expect(runsOf(paragraphWith(body, '1. Công tác tuyên truyền')).every((r) => r.bold && !r.italic)).toBe(true);
    for (const text of ['a) Tổ chức hội nghị', 'b) Phát hành tài liệu./.']) {
      expect(runsOf(paragraphWith(body, text)).every((r) => !r.italic && !r.bold)).toBe(true);
    }
  });

  it('has no type-name line for a công văn and lines several addressees up after the colon', async () => {
    const { blocks } = await render(sampleOfficialLetter());
    const lines = blocks.slice(1, 4) as XmlNode[];
    expect(lines.map(textOf)).toEqual([
      'Kính gửi:\t- LĐLĐ các huyện, thành phố;',
      '- Các Công đoàn ngành; Công đoàn Viên chức tỉnh;',
      '- Công đoàn các cơ quan Đảng tỉnh.',
    ]);
    const [first, second, third] = lines as [XmlNode, XmlNode, XmlNode];
    const dashes = Number(attr(child(pPr(first), 'w:ind'), 'w:left'));
    expect(Number(attr(child(child(pPr(first), 'w:tabs'), 'w:tab'), 'w:pos'))).toBe(dashes);
    expect(Number(attr(child(pPr(first), 'w:ind'), 'w:hanging'))).toBeGreaterThan(0);
    expect(Number(attr(child(pPr(second), 'w:ind'), 'w:left'))).toBe(dashes);
    expect(Number(attr(child(pPr(third), 'w:ind'), 'w:left'))).toBe(dashes);
    expect(blocks.some((b) => textOf(b) === 'CÔNG VĂN')).toBe(false);
    expect(textOf(blocks[4] as XmlNode)).toMatch(/^Căn cứ Chương trình/);
    expect(textOf(blocks[7] as XmlNode)).toBe('Ban Thường vụ LĐLĐ tỉnh đề nghị các đơn vị quan tâm, thực hiện./.');
    expect(textOf(blocks[5] as XmlNode)).toMatch(/^1\. Rà soát/);
    expect(textOf(blocks[6] as XmlNode)).toMatch(/^2\. Gửi báo cáo/);
  });
});

describe('Nơi nhận and signature', () => {
  it('ends with a borderless table: Nơi nhận left, the signer block right', async () => {
    const { blocks } = await render(sampleReport(1));
    const table = blocks[blocks.length - 1] as XmlNode;
    expect(table.name).toBe('w:tbl');
    const borders = child(child(table, 'w:tblPr'), 'w:tblBorders');
    expect(attr(child(borders, 'w:insideV'), 'w:val')).toBe('none');
    const [[distribution, signature]] = cellsOf(table) as [[XmlNode, XmlNode]];
    expect(texts(distribution)).toEqual([
      'Nơi nhận:',
      '- Như trên;',
      '- Thường trực Huyện ủy (b/c);',
      '- Các công đoàn cơ sở trực thuộc;',
      '- Lưu: VT, VP.',
      'LTH.(12)',
    ]);
    expect(runsOf(paragraphWith(distribution, 'Nơi nhận:'))[0]).toMatchObject({ bold: true, italic: true, sizeHalfPoints: 24 });
    expect(runsOf(paragraphWith(distribution, '- Như trên;'))[0]).toMatchObject({ bold: false, italic: false, sizeHalfPoints: 22 });
    expect(runsOf(paragraphWith(distribution, 'LTH.(12)'))[0]).toMatchObject({ sizeHalfPoints: 22 });
    expect(texts(signature)).toEqual(['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH', 'Lò Thị Hương']);
    for (const p of paragraphs(signature).filter((x) => textOf(x) !== '')) {
      expect(runsOf(p)[0]).toMatchObject({ bold: true, sizeHalfPoints: 28 });
      expect(attr(child(pPr(p), 'w:jc'), 'w:val')).toBe('center');
    }
    const name = paragraphWith(signature, 'Lò Thị Hương');
    expect(Number(attr(child(pPr(name), 'w:spacing'), 'w:before'))).toBeGreaterThanOrEqual(1000);
  });

  it('omits the authority line when the head signs in their own name', async () => {
    const { blocks } = await render({ ...sampleReport(1), signingAuthority: null, signerTitle: 'chủ tịch' });
    const [[, signature]] = cellsOf(blocks[blocks.length - 1] as XmlNode) as [[XmlNode, XmlNode]];
    expect(texts(signature)).toEqual(['CHỦ TỊCH', 'Lò Thị Hương']);
  });

  it('prints a deputy signing for the collective with both capacities, one above the other', async () => {
    const { blocks } = await render({ ...sampleReport(1), signingAuthority: 'TM. Ban Thường vụ KT. Chủ tịch', signerTitle: 'Phó Chủ tịch' });
    const [[, signature]] = cellsOf(blocks[blocks.length - 1] as XmlNode) as [[XmlNode, XmlNode]];
    expect(texts(signature)).toEqual(['TM. BAN THƯỜNG VỤ', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lò Thị Hương']);
  });
});

describe('Vietnamese text', () => {
  it('keeps every diacritic of every field, in NFC', async () => {
    const draft = sampleOfficialLetter();
    const { body } = await render(draft);
    const all = paragraphs(body).map(textOf).join('\n');
    expect(all).toBe(all.normalize('NFC'));
    for (const expected of ['Đồng Thị Nghĩa', 'LIÊN ĐOÀN LAO ĐỘNG\nTỈNH LAI CHÂU', 'Công đoàn các cơ quan Đảng tỉnh', 'nêu rõ tồn tại, hạn chế và nguyên nhân', 'trước ngày 25/3/2025']) {
      expect(all).toContain(expected);
    }
  });

  it('writes decomposed input precomposed', async () => {
    const decomposed = 'Nguyễn Thị Ánh Tuyết'.normalize('NFD');
    expect(decomposed).not.toBe('Nguyễn Thị Ánh Tuyết');
    const { body } = await render({ ...sampleOfficialLetter(), signerName: decomposed, subject: 'tổ chức hội nghị'.normalize('NFD') });
    const all = paragraphs(body).map(textOf).join('\n');
    expect(all).toContain('Nguyễn Thị Ánh Tuyết');
    expect(all).toContain('V/v tổ chức hội nghị');
  });
});

describe('unfinished drafts', () => {
  it('renders an empty body and an empty Nơi nhận without inventing content', async () => {
    const { blocks } = await render({ ...sampleReport(1), body: [], distribution: [], addressees: [], subject: '', signerName: '' });
    const all = blocks.map(textOf);
    expect(all.some((t) => t.includes('./.'))).toBe(false);
    expect(all.some((t) => t.startsWith('Kính gửi'))).toBe(false);
    const [[distribution]] = cellsOf(blocks[blocks.length - 1] as XmlNode) as [[XmlNode]];
    expect(texts(distribution)).toEqual(['Nơi nhận:', 'LTH.(12)']);
  });
});
