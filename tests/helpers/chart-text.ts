import type { Page } from 'playwright-core';

// Chart SVGs are images, so their text cannot be measured in the page's DOM: read each image's SVG,
// take the smallest font size in it, and scale it by the image's rendered width over the SVG's width.
export type ChartText = { src: string; renderedWidth: number; smallestPx: number };

const FONT_SIZE = /font(?:-size)?:\s*(?:(?:bold|normal|italic|\d00)\s+)*(\d+(?:\.\d+)?)px|font-size="(\d+(?:\.\d+)?)(?:px)?"/g;

export function smallestFontSize(svg: string): number {
  const sizes = [...svg.matchAll(FONT_SIZE)].map((m) => Number(m[1] ?? m[2]));
  return sizes.length ? Math.min(...sizes) : Infinity;
}

/** For every chart image on the page: the smallest text as it appears on screen, in CSS pixels. */
export async function measureChartText(page: Page): Promise<ChartText[]> {
  const images = await page.locator('img.pps-chart__image').all();
  const found: ChartText[] = [];
  for (const image of images) {
    await image.scrollIntoViewIfNeeded();
    await image.evaluate((img: HTMLImageElement) => (img.complete ? undefined : new Promise((r) => img.addEventListener('load', r, { once: true }))));
    const { src, renderedWidth } = await image.evaluate((img: HTMLImageElement) => ({ src: img.currentSrc, renderedWidth: img.getBoundingClientRect().width }));
    const svg = await (await page.request.get(src)).text();
    const width = Number(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)/.exec(svg)?.[1]);
    found.push({ src, renderedWidth, smallestPx: smallestFontSize(svg) * (renderedWidth / width) });
  }
  return found;
}
