import { AlignmentType, Header, LineRuleType, PageNumber, Paragraph, TextRun, type ISectionOptions, type IStylesOptions } from 'docx';

/**
 * Page and type measurements of NĐ 30/2020/NĐ-CP Phụ lục I, Phần I, Mục I, in the units DOCX uses:
 * twips (1/20 pt, 1/1440 inch) for lengths and half-points for font sizes.
 */

export const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

/** A4 in twips, written out because the library's mm helper rounds 297 mm down. */
export const PAGE_WIDTH = 11906;
export const PAGE_HEIGHT = 16838;

/** Top and bottom 20 mm, left 30 mm, right 20 mm: within the decree's ranges (20–25, 30–35, 15–20). */
export const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(20) } as const;
/** The page number sits in the top margin, 10 mm from the edge. */
export const HEADER_DISTANCE = mm(10);
export const FOOTER_DISTANCE = mm(10);

export const TEXT_WIDTH = PAGE_WIDTH - MARGIN.left - MARGIN.right;

export const FONT = 'Times New Roman';

/** Font sizes in points for each element (ô số of Phụ lục I). */
export const SIZE = {
  body: 14,
  parentIssuer: 12,
  issuer: 12,
  nationalTitle: 12,
  motto: 13,
  numberSymbol: 13,
  placeDate: 14,
  subjectLine: 12,
  typeName: 14,
  subject: 14,
  signature: 14,
  distributionTitle: 12,
  distribution: 11,
  drafter: 11,
  stamp: 13,
  pageNumber: 14,
} as const;

/** Half-points, as w:sz wants them. */
export const halfPoints = (pt: number): number => pt * 2;
/** Twips, as w:spacing wants them. */
export const pt = (points: number): number => Math.round(points * 20);

/** First-line indent of body paragraphs: 1 cm. */
export const FIRST_LINE_INDENT = mm(10);
/** At least 6 pt between paragraphs. */
export const PARAGRAPH_GAP = pt(6);
/**
 * Line spacing as a multiple of single (240 = single, in 240ths of a line): 1.15 for the body, inside the
 * decree's single to 1.5 lines. Always written with the automatic line rule: without w:lineRule, LibreOffice
 * reads the value as an exact height in twips (12 pt for 14 pt text) and the lines overlap.
 */
export const SINGLE_LINE = { line: 240, lineRule: LineRuleType.AUTO } as const;
export const BODY_LINE = { line: 276, lineRule: LineRuleType.AUTO } as const;

export const VIETNAMESE = { value: 'vi-VN' } as const;

/** Times New Roman everywhere, in black, Vietnamese for the spelling checker. */
export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: halfPoints(SIZE.body), color: '000000', language: VIETNAMESE },
      paragraph: { spacing: { before: 0, after: 0, ...SINGLE_LINE } },
    },
  },
};

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(SIZE.pageNumber) })],
      }),
    ],
  });
}

/** A4 portrait with the page number centred in the top margin from page 2 on; page 1 shows none. */
export function sectionProperties(): Pick<ISectionOptions, 'properties' | 'headers'> {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
        margin: { ...MARGIN, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
        pageNumbers: { start: 1 },
      },
    },
    headers: {
      default: pageNumberHeader(),
      first: new Header({ children: [new Paragraph({ children: [] })] }),
    },
  };
}
