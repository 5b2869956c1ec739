import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHeader, readHeaderWithSources, sourceText } from './header/index';
import { sampleFixtures } from './testing/fixtures';

const samples = sampleFixtures();

describe('header of the five sample directives', () => {
  it('has all five samples', () => {
    expect(samples.map((s) => s.name.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
  });

  for (const sample of samples) {
    it(`reads every field of ${sample.name}`, () => {
      const header = readHeader(readFileSync(sample.path, 'utf8'));
      expect(header).toEqual(sample.expected);
    });
  }

  it('points each field of a công văn at the lines it came from', () => {
    const text = readFileSync(samples[0]?.path ?? '', 'utf8');
    const { header, sources } = readHeaderWithSources(text);
    expect(sourceText(text, sources.numberSymbol)).toBe('Số: 572/LĐLĐ');
    expect(sourceText(text, sources.subject)).toBe('V/v nghiên cứu, quán triệt bài viết của\nđồng chí Tổng Bí Thư về học tập suốt đời');
    expect(sourceText(text, sources.issuedOn)).toContain('ngày 18 tháng 3 năm 2025');
    expect(sourceText(text, sources.signerName)).toBe('Hoàng Thọ Trung');
    expect(sourceText(text, sources.citations)).toContain('3578/TLĐ-TGNC');
    for (const item of header.distribution) expect(sourceText(text, sources.distribution)).toContain(item);
    expect(sources.issuer).toEqual([]);
  });
});
