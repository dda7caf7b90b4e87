import { formatEuro, formatNumber, type Locale } from '../../domain/format.ts';
import { disciplineName, provinceName, sectorName } from '../../domain/public/code-names.ts';
import { localePath } from '../../i18n/messages.ts';
import { publicConsortiaMessages } from '../../i18n/public-consortia.ts';
import type { ConsortiumDetail } from '../../services/public-consortia/get-public-consortium.ts';
import { DataListItem } from './data-list-item.tsx';

/** Key facts of a consortium; each province links to its figures in the dashboard. */
export function ConsortiumFactsList({ locale, consortium: c }: { locale: Locale; consortium: ConsortiumDetail }) {
  const t = publicConsortiaMessages(locale);
  return (
    <dl class="utrecht-data-list utrecht-data-list--rows pps-facts" aria-label={t.factsLabel}>
      <DataListItem label={t.lead}>{c.leadOrganisation.name}</DataListItem>
      <DataListItem label={t.awarded}><span data-figure="toegekendBedrag">{formatEuro(c.awardedAmount, locale)}</span></DataListItem>
      <DataListItem label={t.colPps}><span data-figure="aantalPps">{formatNumber(c.ppsCount, locale)}</span></DataListItem>
      <DataListItem label={t.colPartners}><span data-figure="aantalPartners">{formatNumber(c.partnerCount, locale)}</span></DataListItem>
      <DataListItem label={t.provinces}>
        <ul class="pps-inline-list">
          {c.provinceCodes.map((code) => (
            <li>
              <a class="utrecht-link" href={localePath(locale, `/dashboard?provincie=${code}`)} aria-label={t.provinceDashboard(provinceName(code))}>{provinceName(code)}</a>
            </li>
          ))}
        </ul>
      </DataListItem>
      <DataListItem label={t.sectors}>{c.sectorCodes.map((s) => sectorName(s, locale)).join(', ') || '–'}</DataListItem>
      <DataListItem label={t.levels}>{c.levels.join(', ') || '–'}</DataListItem>
      <DataListItem label={t.disciplines}>{c.disciplineCodes.map((d) => disciplineName(d, locale)).join(', ') || '–'}</DataListItem>
    </dl>
  );
}
