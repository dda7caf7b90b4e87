// ts_headline marks hits with these characters; they are removed from the source first, so they only mark hits.
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

export type SnippetPart = { text: string; isHit: boolean };

export const stripMarkers = (text: string) => text.replace(/[\u0002\u0003]/g, '');

/** A ts_headline result as parts; the view escapes the text and wraps hits in <mark>, so no HTML comes from the database. */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, chunk] of headline.split(HIT_START).entries()) {
    if (i === 0) {
      if (chunk) parts.push({ text: chunk.replaceAll(HIT_END, ''), isHit: false });
      continue;
    }
    const end = chunk.indexOf(HIT_END);
    const hit = end < 0 ? chunk : chunk.slice(0, end);
    const rest = end < 0 ? '' : chunk.slice(end + 1);
    if (hit) parts.push({ text: hit, isHit: true });
    if (rest) parts.push({ text: rest.replaceAll(HIT_END, ''), isHit: false });
  }
  return parts;
}
