import type { Locale } from '../domain/format.ts';
import { openDataMessages } from '../i18n/open-data.ts';

// DOWNLOADS SECTION of /open-data: the downloads work replaces the placeholder below with its links.
export function OpenDataDownloads({ locale }: { locale: Locale }) {
  const t = openDataMessages(locale);
  return (
    <section aria-labelledby="downloads" id="downloads-section">
      <h2 class="utrecht-heading-2" id="downloads">{t.downloadsTitle}</h2>
      <p class="utrecht-paragraph">{t.downloadsPending}</p>
    </section>
  );
}
