import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toAtom } from './atom-feed.ts';

const feed = (entries: Parameters<typeof toAtom>[0]['entries']) => toAtom({
  id: 'https://pps.test/kennisbank/feed.atom', title: 'Nieuws & publicaties', subtitle: 'Uit het <kennisprogramma>', selfUrl: 'https://pps.test/kennisbank/feed.atom',
  siteUrl: 'https://pps.test/kennisbank', author: 'Programmabureau', entries,
});

describe('toAtom', () => {
  it('is well-formed XML with the elements RFC 4287 requires, text escaped', () => {
    const text = feed([{ id: 'https://pps.test/kennisbank/a', title: 'A & B <script>', url: 'https://pps.test/kennisbank/a?x=1&y=2', summary: 'Teaser "quoted"\u0001',
      published: new Date('2026-01-02T00:00:00Z'), updated: new Date('2026-01-03T00:00:00Z'), category: 'nieuws', authors: ['Katapult'] }]);
    expect(XMLValidator.validate(text)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(text);
    const f = parsed.feed;
    expect(f['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(f.id).toBe('https://pps.test/kennisbank/feed.atom');
    expect(f.updated).toBe('2026-01-03T00:00:00.000Z');
    expect(f.author.name).toBe('Programmabureau');
    expect(f.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe('https://pps.test/kennisbank/feed.atom');
    expect(f.entry.title['#text']).toBe('A &amp; B &lt;script&gt;'.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
    expect(f.entry.link['@href']).toBe('https://pps.test/kennisbank/a?x=1&y=2');
    expect(f.entry.summary['#text']).toBe('Teaser "quoted"');
    for (const key of ['id', 'title', 'updated']) expect(f.entry[key]).toBeDefined();
  });

  it('stays valid with no entries', () => {
    const text = feed([]);
    expect(XMLValidator.validate(text)).toBe(true);
    expect(new XMLParser().parse(text).feed.updated).toBe('1970-01-01T00:00:00.000Z');
  });
});
