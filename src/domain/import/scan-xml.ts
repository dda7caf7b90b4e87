// A linear scan over the tags of an XML part (no regex backtracking, no tree): enough for the
// few SpreadsheetML parts we read. Malformed input ends the scan with an error, never a long search.
export type XmlTag = { name: string; closing: boolean; selfClosing: boolean; raw: string; end: number };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with XML entities and SpreadsheetML's _xHHHH_ escapes decoded. */
export function decodeXmlText(text: string): string {
  return text
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,4});/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The attributes of a tag's raw text, e.g. `c r="B2" t="s"`; read by hand, so it stays linear. */
export function attributesOf(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  let at = raw.search(/[\s/]|$/);
  while (at < raw.length) {
    const eq = raw.indexOf('=', at);
    if (eq < 0) break;
    let quote = eq + 1;
    while (quote < raw.length && /\s/.test(raw[quote]!)) quote++;
    const mark = raw[quote];
    if (mark !== '"' && mark !== "'") break;
    const end = raw.indexOf(mark, quote + 1);
    if (end < 0) break;
    out[raw.slice(at, eq).trim().replace(/^.*:/, '')] = decodeXmlText(raw.slice(quote + 1, end));
    at = end + 1;
  }
  return out;
}

/** Calls `onTag` for each tag and `onText` for the text before it; names lose their namespace prefix. */
export function scanXml(xml: string, onTag: (tag: XmlTag) => void, onText?: (text: string) => void): void {
  let at = 0;
  for (;;) {
    const open = xml.indexOf('<', at);
    if (open < 0) return;
    if (onText && open > at) onText(xml.slice(at, open));
    if (xml.startsWith('<![CDATA[', open)) {
      const close = xml.indexOf(']]>', open);
      if (close < 0) throw new Error('unterminated CDATA');
      onText?.(xml.slice(open + 9, close));
      at = close + 3;
      continue;
    }
    const close = xml.indexOf('>', open);
    if (close < 0) throw new Error('unterminated tag');
    at = close + 1;
    const first = xml[open + 1];
    if (first === '?' || first === '!') continue;
    const closing = first === '/';
    const selfClosing = xml[close - 1] === '/';
    const raw = xml.slice(open + (closing ? 2 : 1), selfClosing ? close - 1 : close);
    const nameEnd = raw.search(/[\s/]|$/);
    onTag({ name: raw.slice(0, nameEnd).replace(/^.*:/, ''), closing, selfClosing, raw, end: at });
  }
}
