import { NARROW_MEDIA, NARROW_WIDTH, narrowFile } from './narrow-chart.ts';

type ChartImageProps = {
  /** The wide drawing, e.g. /dashboard/doelen.svg; the narrow one is beside it (doelen-smal.svg). */
  src: string;
  query?: string;
  alt: string;
  width: number;
  height: number;
  /** The narrow drawing's height (the wide one's proportions when not given). */
  narrowHeight?: number;
  lazy?: boolean;
};

/** A server-drawn chart: the wide SVG on a desktop, the one drawn for a phone on a narrow screen, no script. */
export function ChartImage({ src, query = '', alt, width, height, narrowHeight, lazy }: ChartImageProps) {
  return (
    <picture>
      <source media={NARROW_MEDIA} srcset={`${narrowFile(src)}${query}`} width={NARROW_WIDTH} height={narrowHeight ?? Math.round(height * NARROW_WIDTH / width)} />
      <img class="pps-chart__image" src={`${src}${query}`} alt={alt} width={width} height={height} loading={lazy ? 'lazy' : undefined} />
    </picture>
  );
}
