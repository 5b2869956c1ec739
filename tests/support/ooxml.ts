import yauzl from 'yauzl';

/** Reads every entry of a ZIP (DOCX) held in memory. */
export function readZipEntries(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('not a zip'));
      const out = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamErr, stream) => {
          if (streamErr || !stream) return reject(streamErr ?? new Error('unreadable entry'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
          stream.on('error', reject);
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

export type XmlNode = { name: string; attrs: Record<string, string>; children: XmlNode[]; text: string };

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** A small XML reader for the well-formed parts of a DOCX: elements, attributes and text. */
export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  const token = /<\?[^>]*\?>|<!--[\s\S]*?-->|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    const [, closing, name, attrText, selfClosing, text] = m;
    const top = stack[stack.length - 1] as XmlNode;
    if (text !== undefined) {
      top.text += decode(text);
      continue;
    }
    if (!name) continue;
    if (closing) {
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (attrText ?? '').matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1] as string] = decode(a[2] as string);
    const node: XmlNode = { name, attrs, children: [], text: '' };
    top.children.push(node);
    if (!selfClosing) stack.push(node);
  }
  return root;
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name);
}

export function findAll(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (n: XmlNode) => {
    for (const c of n.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

/** Text of a paragraph or any container: w:t text, tabs as "\t", breaks as "\n". */
export function textOf(node: XmlNode): string {
  let out = '';
  const walk = (n: XmlNode) => {
    for (const c of n.children) {
      if (c.name === 'w:t') out += c.text;
      else if (c.name === 'w:tab' && n.name === 'w:r') out += '\t';
      else if (c.name === 'w:br') out += '\n';
      else walk(c);
    }
  };
  walk(node);
  return out;
}

/** Whether an on/off property (w:b, w:i, w:titlePg) is on. */
export function isOn(props: XmlNode | undefined, name: string): boolean {
  const p = child(props, name);
  if (!p) return false;
  const v = p.attrs['w:val'];
  return v === undefined || !['false', '0', 'off'].includes(v);
}

export type RunInfo = { text: string; bold: boolean; italic: boolean; sizeHalfPoints: number | null; color: string | null };

export function runsOf(paragraph: XmlNode): RunInfo[] {
  return findAll(paragraph, 'w:r')
    .map((r) => {
      const rPr = child(r, 'w:rPr');
      const sz = child(rPr, 'w:sz')?.attrs['w:val'];
      return {
        text: textOf(r),
        bold: isOn(rPr, 'w:b'),
        italic: isOn(rPr, 'w:i'),
        sizeHalfPoints: sz ? Number(sz) : null,
        color: child(rPr, 'w:color')?.attrs['w:val'] ?? null,
      };
    })
    .filter((r) => r.text !== '');
}

/** Opens a DOCX and returns its parsed parts by name. */
export async function openDocx(bytes: Uint8Array): Promise<Map<string, XmlNode>> {
  const entries = await readZipEntries(bytes);
  const out = new Map<string, XmlNode>();
  for (const [name, data] of entries) if (name.endsWith('.xml') || name.endsWith('.rels')) out.set(name, parseXml(data.toString('utf8')));
  return out;
}
