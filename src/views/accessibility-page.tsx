import type { Locale } from '../domain/format.ts';
import { messages } from '../i18n/messages.ts';
import { Layout } from './layout.tsx';

const TEXT = {
  nl: [
    'PPS Monitor wil voor iedereen toegankelijk zijn. Wij streven naar naleving van de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA, de norm voor Nederlandse overheidswebsites (EN 301 549).',
    'Elke pagina werkt zonder JavaScript, heeft een link naar de inhoud, duidelijke koppen en oriëntatiepunten, en is met het toetsenbord te bedienen. Bij elke grafiek staan een tabel met de gegevens en een samenvatting in tekst.',
    'Elke wijziging wordt in de testen automatisch gecontroleerd met axe-core in een echte browser. Een volledige audit door een onafhankelijke partij is nog niet uitgevoerd.',
    'Loopt u tegen een probleem aan? Meld het via toegankelijkheid@pps-monitor.example; wij reageren binnen vijf werkdagen.',
  ],
  en: [
    'PPS Monitor aims to be accessible to everyone. We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, the standard for Dutch public sector websites (EN 301 549).',
    'Every page works without JavaScript, has a skip link, clear headings and landmarks, and can be used with a keyboard. Every chart comes with a data table and a text summary.',
    'Every change is checked automatically with axe-core in a real browser. A full audit by an independent party has not been carried out yet.',
    'Did you run into a problem? Report it to toegankelijkheid@pps-monitor.example; we respond within five working days.',
  ],
};

export function AccessibilityPage({ locale }: { locale: Locale }) {
  const t = messages(locale);
  return (
    <Layout locale={locale} title={t.a11yTitle} path="/toegankelijkheid">
      <h1 class="utrecht-heading-1">{t.a11yTitle}</h1>
      {TEXT[locale].map((p) => (
        <p class="utrecht-paragraph">{p}</p>
      ))}
    </Layout>
  );
}
