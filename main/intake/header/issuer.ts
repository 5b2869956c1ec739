import type { Line } from './lines';
import { isMotto, isNationalTitle, isStamp, isUpperText } from './patterns';

export type Issuers = {
  readonly issuer: string | null;
  readonly parentIssuer: string | null;
  readonly issuerLines: number[];
  readonly parentLines: number[];
};

/** Words that begin the name of a body; a header line starting with one starts a new name. */
const BODY_NAME_START =
  /^(?:tong lien doan|tong ldld|lien doan|ldld|cong doan|cdcs|cdn|cd |uy ban|ubnd|ubmttq|mat tran|so |bo |ban |hoi dong|hoi |dang uy|dang bo|chi bo|tinh uy|huyen uy|thanh uy|quan uy|thi uy|van phong|tong cong ty|tap doan|cong ty|truong |benh vien|trung tam|phong |chi cuc|cuc |vien |doan |bao hiem|kho bac|cong an|ngan hang|chi nhanh|toa an|vien kiem sat)/;
/** A line ending like this leaves the name unfinished, so the next line continues it. */
const DANGLING = /(?:cong doan|co so|cdcs|nganh|thuoc|cua|va|ban chap hanh|lien doan lao dong)$/;

/** Header lines in capitals that are neither the Quốc hiệu, the motto, a stamp nor the type line. */
/**
 * Lines above "Số:" naming a body in lower case: what a converter leaves when the capitals were only formatting.
 * Used only when no line in capitals names the issuer.
 */
function lowerCaseNames(lines: readonly Line[], numberLine: number, excluded: ReadonlySet<number>): number[] {
  const found: number[] = [];
  for (let i = 0; i < Math.min(numberLine, lines.length); i++) {
    const line = lines[i] as Line;
    if (line.text === '' || excluded.has(i) || isNationalTitle(line) || isMotto(line) || isStamp(line)) continue;
    if (line.text.length > 80 || /[.:;,]$/.test(line.text) || /\d{1,2}\s*[/.-]\s*\d{1,2}/.test(line.text)) return [];
    if (found.length === 0 && !BODY_NAME_START.test(`${line.folded} `)) return [];
    found.push(i);
  }
  return found;
}

export function findIssuers(lines: readonly Line[], zoneEnd: number, excluded: ReadonlySet<number>, numberLine = -1): Issuers {
  const candidates: number[] = [];
  for (let i = 0; i < Math.min(zoneEnd, lines.length); i++) {
    const line = lines[i] as Line;
    if (line.text === '' || excluded.has(i) || line.text.length > 90) continue;
    if (isNationalTitle(line) || isMotto(line) || isStamp(line)) continue;
    if (!isUpperText(line.text) || /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/.test(line.text)) continue;
    const previous = lines[i - 1];
    if (line.folded === 'viet nam' && previous && /chu nghia$/.test(previous.folded)) continue;
    if (/^so\s*:|^so\s+\d|^v\/v|^kinh g/.test(line.folded)) continue;
    candidates.push(i);
  }
  if (candidates.length === 0 && numberLine > 0) candidates.push(...lowerCaseNames(lines, Math.min(numberLine, zoneEnd), excluded));
  if (candidates.length === 0) return { issuer: null, parentIssuer: null, issuerLines: [], parentLines: [] };
  let split = 0;
  for (let k = 1; k < candidates.length; k++) {
    const line = lines[candidates[k] as number] as Line;
    const previous = lines[candidates[k - 1] as number] as Line;
    if (BODY_NAME_START.test(`${line.folded} `) && !DANGLING.test(previous.folded)) {
      split = k;
      break;
    }
  }
  const join = (idx: number[]): string => idx.map((i) => (lines[i] as Line).text.trim()).join(' ').replace(/\s+/g, ' ');
  const parentLines = candidates.slice(0, split);
  const issuerLines = candidates.slice(split);
  return {
    issuer: issuerLines.length > 0 ? join(issuerLines) : null,
    parentIssuer: parentLines.length > 0 ? join(parentLines) : null,
    issuerLines,
    parentLines,
  };
}
