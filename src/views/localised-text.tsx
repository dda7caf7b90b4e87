import type { Locale } from '../domain/format.ts';

/**
 * A text kept in Dutch and, optionally, English: the page's language when there is one, else the Dutch text
 * marked lang="nl" so a screen reader pronounces it as Dutch.
 */
export function LocalisedText({ locale, nl, en, class: className }: { locale: Locale; nl: string; en: string; class?: string }) {
  const english = locale === 'en' && en.trim() !== '';
  const text = english ? en : nl;
  if (!text) return null;
  return <p class={className} lang={locale === 'en' && !english ? 'nl' : undefined}>{text}</p>;
}
