import { formatDate, formatEuro, formatMillionsShort, formatNumber, type Locale } from '../../../domain/format.ts';
import { localePath } from '../../../i18n/messages.ts';
import { selectionMessages } from '../../../i18n/selection.ts';
import type { PublicRoundDetail } from '../../../services/rounds/get-public-round.ts';
import { Layout } from '../../layout.tsx';
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { DataListItem } from '../data-list-item.tsx';
import { Table, THead, TBody, Tr, Th, Td } from '../../table.tsx';

/** One round for the public: dates, budget, criteria, counts and the honoured consortia; nothing private. */
export function RoundPage({ locale, round }: { locale: Locale; round: PublicRoundDetail }) {
  const t = selectionMessages(locale);
  const facts: [string, string][] = [
    [t.opensOn, formatDate(round.opensOn, locale)], [t.closesOn, formatDate(round.closesOn, locale)],
    [t.budget, formatMillionsShort(round.budget, locale)], [t.colStatus, t.statuses[round.status] ?? round.status],
    [t.applied, formatNumber(round.applied, locale)], [t.honoured, formatNumber(round.honoured, locale)],
    [t.awardedTotal, formatMillionsShort(round.awardedTotal, locale)],
  ];
  return (
    <Layout locale={locale} title={round.name} path={`/rondes/${round.id}`}>
      <Breadcrumbs locale={locale} items={[{ label: t.roundsTitle, path: '/rondes' }, { label: round.name }]} />
      <h1 class="utrecht-heading-1">{round.name}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        {t.summary(formatNumber(round.applied, locale), formatNumber(round.honoured, locale), formatMillionsShort(round.awardedTotal, locale))}
      </p>
      <dl class="utrecht-data-list utrecht-data-list--rows pps-facts">
        {facts.map(([term, value]) => <DataListItem label={term}>{value}</DataListItem>)}
      </dl>
      <h2 class="utrecht-heading-2">{t.criteriaTitle}</h2>
      <p class="utrecht-paragraph">{t.criteriaIntro}</p>
      <ol class="utrecht-ordered-list">
        {round.criteria.map((c) => <li class="utrecht-ordered-list__item">{locale === 'en' ? c.nameEn : c.nameNl}</li>)}
      </ol>
      <h2 class="utrecht-heading-2">{t.honouredTitle}</h2>
      {round.honouredConsortia.length === 0 ? <p class="utrecht-paragraph">{t.noneHonoured}</p> : (
        <Table locale={locale} caption={t.honouredCaption(formatNumber(round.honouredConsortia.length, locale))}>
            <THead>
              <Tr>
                <Th>{t.colConsortium}</Th>
                <Th numeric>{t.colAwarded}</Th>
              </Tr>
            </THead>
            <TBody>
              {round.honouredConsortia.map((h) => (
                <Tr>
                  <Th row>
                    {h.slug ? <a class="utrecht-link" href={localePath(locale, `/consortia/${h.slug}`)}>{h.name}</a> : h.name}
                  </Th>
                  <Td numeric>{formatEuro(h.awardedAmount, locale)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
      )}
      <p class="utrecht-paragraph">{t.privacyNote}</p>
      <p class="utrecht-paragraph"><a class="utrecht-link" href={`/api/v1/rondes/${round.id}`} hreflang="nl" type="application/json">{t.apiLink}</a></p>
    </Layout>
  );
}
