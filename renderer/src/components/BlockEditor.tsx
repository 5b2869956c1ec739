import { useEffect, useRef } from 'react';
import type { DraftBlock, DraftRun } from '../../../shared/domain/draft';
import { blockLabels } from '../../../shared/drafting/bodyText';

type BlockKind = 'h1' | 'h2' | 'h3' | 'paragraph' | 'basis' | 'dash' | 'plus' | 'number' | 'letter';

const KIND_LABELS: Record<BlockKind, string> = {
  h1: 'Mục (I, II…)',
  h2: 'Khoản (1, 2…)',
  h3: 'Điểm (a, b…)',
  paragraph: 'Đoạn văn',
  basis: 'Căn cứ',
  dash: 'Gạch đầu dòng (-)',
  plus: 'Dấu cộng (+)',
  number: 'Đánh số (1.)',
  letter: 'Đánh chữ (a)',
};

function kindOf(block: DraftBlock): BlockKind {
  if (block.kind === 'heading') return (['h1', 'h2', 'h3'] as const)[block.level - 1] as BlockKind;
  if (block.kind === 'item') return block.marker;
  return block.kind;
}

function withKind(kind: BlockKind, runs: DraftRun[]): DraftBlock {
  if (kind === 'h1' || kind === 'h2' || kind === 'h3') return { kind: 'heading', level: (Number(kind[1]) as 1 | 2 | 3), runs };
  if (kind === 'paragraph' || kind === 'basis') return { kind, runs };
  return { kind: 'item', marker: kind, runs };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function runsToHtml(runs: DraftRun[]): string {
  return runs
    .map((r) => {
      let html = escapeHtml(r.text).replace(/\n/g, '<br>');
      if (r.italic) html = `<i>${html}</i>`;
      if (r.bold) html = `<b>${html}</b>`;
      return html;
    })
    .join('');
}

/** Reads the edited DOM back into runs: only bold and italic survive, everything else is plain text. */
function domToRuns(root: Node): DraftRun[] {
  const runs: DraftRun[] = [];
  const walk = (node: Node, bold: boolean, italic: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent ?? '';
      if (!text) return;
      const last = runs.at(-1);
      if (last && !!last.bold === bold && !!last.italic === italic) last.text += text;
      else runs.push({ text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) });
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    if (node.tagName === 'BR') return walk(document.createTextNode('\n'), bold, italic);
    const weight = node.style.fontWeight;
    const b = bold || node.tagName === 'B' || node.tagName === 'STRONG' || weight === 'bold' || Number(weight) >= 600;
    const i = italic || node.tagName === 'I' || node.tagName === 'EM' || node.style.fontStyle === 'italic';
    node.childNodes.forEach((child) => walk(child, b, i));
    if ((node.tagName === 'DIV' || node.tagName === 'P') && node.nextSibling) walk(document.createTextNode('\n'), bold, italic);
  };
  root.childNodes.forEach((child) => walk(child, false, false));
  return runs.map((r) => ({ ...r, text: r.text.replace(/\u00a0/g, ' ') }));
}

function RichLine({ runs, onChange, label }: { runs: DraftRun[]; onChange: (runs: DraftRun[]) => void; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const lastHtml = useRef('');
  useEffect(() => {
    const html = runsToHtml(runs);
    if (ref.current && html !== lastHtml.current) {
      ref.current.innerHTML = html;
      lastHtml.current = html;
    }
  }, [runs]);
  return (
    <div
      ref={ref}
      className="rich-line"
      contentEditable
      suppressContentEditableWarning
      role="textbox"
      aria-multiline="true"
      aria-label={label}
      onInput={(e) => {
        lastHtml.current = e.currentTarget.innerHTML;
        onChange(domToRuns(e.currentTarget));
      }}
    />
  );
}

/** The body of a draft as a list of blocks: mục, khoản, điểm, paragraphs, items; bold and italic inside. */
export function BlockEditor({ blocks, onChange }: { blocks: DraftBlock[]; onChange: (blocks: DraftBlock[]) => void }) {
  const labels = blockLabels(blocks);
  const replace = (i: number, block: DraftBlock) => onChange(blocks.map((b, j) => (j === i ? block : b)));
  const insertAfter = (i: number) => onChange([...blocks.slice(0, i + 1), { kind: 'paragraph', runs: [{ text: '' }] }, ...blocks.slice(i + 1)]);
  const remove = (i: number) => onChange(blocks.filter((_, j) => j !== i));
  const move = (i: number, by: number) => {
    const j = i + by;
    if (j < 0 || j >= blocks.length) return;
    const next = [...blocks];
    [next[i], next[j]] = [next[j] as DraftBlock, next[i] as DraftBlock];
    onChange(next);
  };
  const format = (command: 'bold' | 'italic') => document.execCommand(command);
  return (
    <div className="block-editor">
      <div className="toolbar" role="toolbar" aria-label="Định dạng chữ">
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => format('bold')} aria-label="Chữ đậm">
          <b>Đ</b>
        </button>
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => format('italic')} aria-label="Chữ nghiêng">
          <i>N</i>
        </button>
        <span className="muted">Chọn chữ rồi bấm Đ (đậm) hoặc N (nghiêng); số mục, khoản, điểm tự đánh khi in.</span>
      </div>
      {blocks.map((block, i) => (
        <div className="block-row" key={i} data-testid="body-block">
          <select className="block-kind" aria-label={`Kiểu đoạn ${i + 1}`} value={kindOf(block)} onChange={(e) => replace(i, withKind(e.target.value as BlockKind, block.runs))}>
            {Object.entries(KIND_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
          <span className="block-label">{labels[i]}</span>
          <RichLine runs={block.runs} label={`Nội dung đoạn ${i + 1}`} onChange={(runs) => replace(i, { ...block, runs })} />
          <div className="block-actions">
            <button type="button" title="Lên" aria-label={`Chuyển đoạn ${i + 1} lên`} onClick={() => move(i, -1)}>
              ↑
            </button>
            <button type="button" title="Xuống" aria-label={`Chuyển đoạn ${i + 1} xuống`} onClick={() => move(i, 1)}>
              ↓
            </button>
            <button type="button" title="Thêm đoạn sau" aria-label={`Thêm đoạn sau đoạn ${i + 1}`} onClick={() => insertAfter(i)}>
              +
            </button>
            <button type="button" title="Xóa đoạn" aria-label={`Xóa đoạn ${i + 1}`} onClick={() => remove(i)}>
              ×
            </button>
          </div>
        </div>
      ))}
      {blocks.length === 0 ? (
        <button type="button" onClick={() => onChange([{ kind: 'paragraph', runs: [{ text: '' }] }])}>
          + Thêm đoạn đầu tiên
        </button>
      ) : null}
    </div>
  );
}
