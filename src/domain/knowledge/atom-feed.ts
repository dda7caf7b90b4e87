// Atom (RFC 4287): every feed and entry has id, title and updated; ids are stable URLs; text is XML-escaped.
export type AtomEntry = { id: string; title: string; url: string; summary: string; published: Date; updated: Date; category: string; authors: string[] };
export type AtomFeed = { id: string; title: string; subtitle: string; selfUrl: string; siteUrl: string; author: string; entries: AtomEntry[] };

const xml = (value: string) => value
  .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function entry(e: AtomEntry): string {
  const authors = (e.authors.length ? e.authors : []).map((a) => `<author><name>${xml(a)}</name></author>`).join('');
  return `<entry><id>${xml(e.id)}</id><title type="text">${xml(e.title)}</title><link rel="alternate" type="text/html" href="${xml(e.url)}"/>`
    + `<published>${e.published.toISOString()}</published><updated>${e.updated.toISOString()}</updated>${authors}`
    + `<category term="${xml(e.category)}"/><summary type="text">${xml(e.summary)}</summary></entry>`;
}

/** The feed document; its updated is the newest entry's (or the epoch for an empty feed, which stays valid). */
export function toAtom(feed: AtomFeed): string {
  const updated = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), new Date(0));
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">`
    + `<id>${xml(feed.id)}</id><title type="text">${xml(feed.title)}</title><subtitle type="text">${xml(feed.subtitle)}</subtitle>`
    + `<updated>${updated.toISOString()}</updated><link rel="self" type="application/atom+xml" href="${xml(feed.selfUrl)}"/>`
    + `<link rel="alternate" type="text/html" href="${xml(feed.siteUrl)}"/><author><name>${xml(feed.author)}</name></author>`
    + `<generator>PPS Monitor</generator>${feed.entries.map(entry).join('')}</feed>\n`;
}
