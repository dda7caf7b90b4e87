import { Hono } from 'hono';
import { toAtom } from '../../domain/knowledge/atom-feed.ts';
import { toICalendar, type CalendarEvent } from '../../domain/knowledge/icalendar.ts';
import { knowledgeMessages } from '../../i18n/knowledge.ts';
import { localePath } from '../../i18n/messages.ts';
import { getPublicItem } from '../../services/knowledge/get-public-item.ts';
import { listPublicItems } from '../../services/knowledge/list-public-items.ts';
import { listRelatedItems } from '../../services/knowledge/list-related-items.ts';
import type { KnowledgeCard } from '../../services/knowledge/public-items.ts';
import { searchKnowledgeItems } from '../../services/knowledge/search-knowledge-items.ts';
import { knowledgePaths } from '../../views/public/knowledge/knowledge-paths.ts';
import { KnowledgeItemPage } from '../../views/public/knowledge/knowledge-item-page.tsx';
import { KnowledgeSearchPage } from '../../views/public/knowledge/knowledge-search-page.tsx';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { baseUrl } from '../middleware/cookies.ts';
import { renderPage } from '../render.ts';
import { parseKnowledgeQuery } from './knowledge-query.ts';

const PAGE_SIZE = 10;
const FEED_SIZE = 50;

/** /kennisbank (search), its items, the Atom feed and the calendars; under / and /en with the public pages' caching. */
export function createKnowledgePageRoutes({ db, config }: Pick<AppDeps, 'db' | 'config'>): Hono {
  const router = new Hono({ strict: true });
  const ctx = { db, actor: null };

  router.get('/kennisbank', async (c) => {
    const locale = localeOf(c);
    const { query, filter, page, tooLong } = parseKnowledgeQuery(c);
    const result = await searchKnowledgeItems(ctx, { filter, page: { page, pageSize: PAGE_SIZE } });
    const problem = tooLong ? knowledgeMessages(locale).queryTooLong : undefined;
    return renderPage(c, <KnowledgeSearchPage locale={locale} query={query} result={result} page={page} pageSize={PAGE_SIZE} problem={problem} />, tooLong ? 400 : 200);
  });

  router.get('/kennisbank/feed.atom', async (c) => {
    const locale = localeOf(c);
    const t = knowledgeMessages(locale);
    const origin = baseUrl(c, config);
    const items = await listPublicItems(ctx, { kinds: ['nieuws', 'publicatie'], limit: FEED_SIZE });
    const body = toAtom({
      id: `${origin}${knowledgePaths.atom}`, title: t.feedTitle, subtitle: t.feedSubtitle, selfUrl: `${origin}${localePath(locale, knowledgePaths.atom)}`,
      siteUrl: `${origin}${localePath(locale, knowledgePaths.search)}`, author: 'PPS Monitor',
      entries: items.map((item) => ({
        id: `${origin}${knowledgePaths.item(item.slug)}`, title: item.title, url: `${origin}${localePath(locale, knowledgePaths.item(item.slug))}`,
        summary: item.summary, published: new Date(`${item.publishedOn}T00:00:00Z`), updated: item.updatedAt, category: item.kind, authors: item.sourceTags,
      })),
    });
    return c.body(body, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });

  const calendarEvent = (origin: string, item: KnowledgeCard): CalendarEvent => ({
    uid: `kennisitem-${item.id}@${new URL(origin).host}`, title: item.title, description: item.summary, url: `${origin}${knowledgePaths.item(item.slug)}`,
    startsAt: item.startsAt as Date, endsAt: item.endsAt, location: item.location, updatedAt: item.updatedAt,
  });
  const calendar = (body: string, filename: string) => new Response(body, {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `inline; filename="${filename}"` },
  });

  router.get('/evenementen.ics', async (c) => {
    const events = (await listPublicItems(ctx, { kinds: ['evenement'], limit: 500 })).filter((e) => e.startsAt);
    return calendar(toICalendar(knowledgeMessages(localeOf(c)).calendarName, events.map((e) => calendarEvent(baseUrl(c, config), e))), 'evenementen.ics');
  });

  router.get('/kennisbank/:slug/agenda.ics', async (c) => {
    const item = await getPublicItem(ctx, { slug: c.req.param('slug') });
    if (item.kind !== 'evenement' || !item.startsAt) return c.notFound();
    return calendar(toICalendar(item.title, [calendarEvent(baseUrl(c, config), item)]), `${item.slug}.ics`);
  });

  router.get('/kennisbank/:slug', async (c) => {
    const item = await getPublicItem(ctx, { slug: c.req.param('slug') });
    const related = await listRelatedItems(ctx, { itemId: item.id });
    const isOpen = !!item.startsAt && item.startsAt.getTime() > Date.now();
    return renderPage(c, <KnowledgeItemPage locale={localeOf(c)} item={item} related={related} isOpen={isOpen} />);
  });
  return router;
}
