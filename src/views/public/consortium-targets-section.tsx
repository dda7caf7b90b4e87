import { formatNumber, formatPercent, type Locale } from '../../domain/format.ts';
import { publicConsortiaMessages } from '../../i18n/public-consortia.ts';
import type { TargetProgress } from '../../services/public-consortia/get-consortium-progress.ts';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

/** Baseline, latest approved value, target and share of the way per indicator. */
export function ConsortiumTargetsSection({ locale, targets }: { locale: Locale; targets: TargetProgress[] }) {
  const t = publicConsortiaMessages(locale);
  const n = (v: number) => formatNumber(v, locale);
  return (
    <section aria-labelledby="doelen">
      <h2 class="utrecht-heading-2" id="doelen">{t.targetsSection}</h2>
      <p class="utrecht-paragraph">{t.targetsIntro}</p>
      <Table locale={locale} caption={t.targetsCaption}>
          <THead><Tr>
            <Th>{t.colIndicator}</Th>
            <Th numeric>{t.colBaseline}</Th>
            <Th numeric>{t.colLatest}</Th>
            <Th numeric>{t.colTarget}</Th>
            <Th numeric>{t.colShare}</Th>
          </Tr></THead>
          <TBody>
            {targets.map((r) => (
              <Tr data-indicator={r.indicator.code}>
                <Th row>{locale === 'en' ? r.indicator.nameEn : r.indicator.nameNl}</Th>
                <Td numeric>{n(r.baselineValue)} ({r.baselineYear})</Td>
                <Td numeric>{r.latest ? `${n(r.latest.value)} (${r.latest.year})` : '–'}</Td>
                <Td numeric>{n(r.targetValue)} ({r.targetYear})</Td>
                <Td numeric>{r.realisedShare === null ? '–' : formatPercent(r.realisedShare, locale)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
    </section>
  );
}
