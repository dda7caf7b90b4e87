// Gzipped bytes of a page and everything it loads (stylesheets, images, scripts), as a browser would fetch them.
import { get } from 'node:http';

function rawSize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.byteLength));
      res.on('end', () => resolve(bytes));
    }).on('error', reject);
  });
}

export type Weight = { html: number; css: number; js: number; img: number };

export async function pageWeight(base: string, path: string): Promise<Weight> {
  const plain = await (await fetch(base + path)).text();
  const refs = (re: RegExp) => [...new Set([...plain.matchAll(re)].map((m) => (m[1] as string).replace(/&amp;/g, '&')).filter((u) => u.startsWith('/')))];
  const sum = async (urls: string[]) => (await Promise.all(urls.map((u) => rawSize(base + u)))).reduce((s, x) => s + x, 0);
  return {
    html: await rawSize(base + path),
    css: await sum(refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)),
    js: await sum(refs(/<script[^>]+src="([^"]+)"/g)),
    img: await sum(refs(/<img[^>]+src="([^"]+)"/g)),
  };
}
