import { formatDate, formatMillionsShort, formatNumber, type Locale } from '../../../domain/format.ts';
import { localePath } from '../../../i18n/messages.ts';
import { selectionMessages } from '../../../i18n/selection.ts';
import type { PublicRound } from '../../../services/rounds/list-public-rounds.ts';
import { Layout } from '../../layout.tsx';
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { Table, THead, TBody, Tr, Th, Td } from '../../table.tsx';

export function RoundsListPage({ locale, rounds }: { locale: Locale; rounds: PublicRound[] }) {
  const t = selectionMessages(locale);
  return (
    <Layout locale={locale} title={t.roundsTitle} path="/rondes">
      <Breadcrumbs locale={locale} items={[{ label: t.roundsTitle }]} />
      <h1 class="utrecht-heading-1">{t.roundsTitle}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t.roundsIntro}</p>
      <Table locale={locale} caption={t.roundsCaption}>
          <THead>
            <Tr>
              <Th>{t.colRound}</Th>
              <Th>{t.colPeriod}</Th>
              <Th>{t.colStatus}</Th>
              <Th numeric>{t.colBudget}</Th>
              <Th numeric>{t.colApplied}</Th>
              <Th numeric>{t.colHonoured}</Th>
              <Th numeric>{t.colAwarded}</Th>
            </Tr>
          </THead>
          <TBody>
            {rounds.map((r) => (
              <Tr>
                <Th row><a class="utrecht-link" href={localePath(locale, `/rondes/${r.id}`)}>{r.name}</a></Th>
                <Td>{t.period(formatDate(r.opensOn, locale), formatDate(r.closesOn, locale))}</Td>
                <Td>{t.statuses[r.status] ?? r.status}</Td>
                <Td numeric>{formatMillionsShort(r.budget, locale)}</Td>
                <Td numeric>{formatNumber(r.applied, locale)}</Td>
                <Td numeric>{formatNumber(r.honoured, locale)}</Td>
                <Td numeric>{formatMillionsShort(r.awardedTotal, locale)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
    </Layout>
  );
}
