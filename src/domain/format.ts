// The one number formatter of the product (Intl): Dutch by default, English on /en.
export type Locale = 'nl' | 'en';
const TAG: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

// Building an Intl.NumberFormat costs far more than formatting with one: a page of 1.500 numbers spent ~80 ms on it.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(TAG[locale], options)));
  return format;
}

export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 }).format(value);
}

/** 123000000 → "€ 123 miljoen"; 4312000 → "€ 4,3 miljoen" (one decimal below 10 million). */
export function formatMillions(amount: number, locale: Locale): string {
  const millions = amount / 1_000_000;
  const digits = Math.abs(millions) < 10 ? 1 : 0;
  const n = formatNumber(millions, locale, digits);
  return locale === 'nl' ? `€ ${n} miljoen` : `€${n} million`;
}

/** Short form for tables and charts: "€ 4,3 mln". */
export function formatMillionsShort(amount: number, locale: Locale): string {
  const n = formatNumber(amount / 1_000_000, locale, 1);
  return locale === 'nl' ? `€ ${n} mln` : `€${n}m`;
}

export function formatEuro(amount: number, locale: Locale): string {
  return numberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);
}

export function formatPercent(fraction: number, locale: Locale, fractionDigits = 0): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits }).format(fraction);
}

export function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(TAG[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(isoDate));
}

/** A moment in Dutch time, to the minute: "3 maart 2026 14:05". */
export function formatDateTime(moment: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(TAG[locale], { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(moment);
}
