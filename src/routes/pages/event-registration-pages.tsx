import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { localePath } from '../../i18n/messages.ts';
import { cancelRegistration } from '../../services/events/cancel-registration.ts';
import { RETENTION_RULE } from '../../services/events/erase-expired-registrations.ts';
import { findRegistrationByToken } from '../../services/events/find-registration.ts';
import { RegistrationInput, RegistrationRefused, registerForEvent } from '../../services/events/register-for-event.ts';
import { getPublicItem } from '../../services/knowledge/get-public-item.ts';
import { findProgrammeRule } from '../../services/programmes/find-programme-rule.ts';
import { getCurrentProgramme } from '../../services/programmes/get-current-programme.ts';
import { NotFound } from '../../errors.ts';
import { toFieldProblems } from '../../services/parse-input.ts';
import { CancelPage } from '../../views/public/knowledge/cancel-page.tsx';
import { knowledgePaths } from '../../views/public/knowledge/knowledge-paths.ts';
import { RegisterPage, type RegisterPageProps } from '../../views/public/knowledge/register-page.tsx';
import type { AppDeps } from '../deps.ts';
import { deliverMailsAfter } from '../deliver-mails-after.ts';
import { localeOf } from '../locale.ts';
import { baseUrl } from '../middleware/cookies.ts';
import { renderPage } from '../render.ts';

const OUTCOMES = ['aangemeld', 'wachtlijst'] as const;

/** Registration for an event and cancellation by the mailed link; private paths (CSRF cookie, never cached). */
export function createEventRegistrationRoutes({ db, config, logger }: Pick<AppDeps, 'db' | 'config' | 'logger'>): Hono {
  const router = new Hono({ strict: true });
  const ctx = { db, actor: null };
  const links = (c: Context) => {
    const origin = baseUrl(c, config);
    const locale = localeOf(c);
    return { cancelUrl: (token: string) => `${origin}${localePath(locale, knowledgePaths.cancel(token))}`, calendarUrl: (slug: string) => `${origin}${knowledgePaths.itemCalendar(slug)}` };
  };
  const openEvent = async (slug: string) => {
    const item = await getPublicItem(ctx, { slug });
    if (item.kind !== 'evenement') throw new NotFound('notAnEvent');
    return item;
  };
  const retentionDays = async () => findProgrammeRule(ctx, { programmeId: (await getCurrentProgramme(ctx)).id, code: RETENTION_RULE, schema: z.number().int().min(0) });
  const render = async (c: Context, slug: string, title: string, rest: Partial<RegisterPageProps>, status: 200 | 400 | 409 = 200) =>
    renderPage(c, <RegisterPage locale={localeOf(c)} slug={slug} title={title} csrfToken={c.get('csrfToken')} retentionDays={await retentionDays()} values={{}} problems={[]} {...rest} />, status);

  router.get('/aanmelden/:slug', async (c) => {
    const item = await openEvent(c.req.param('slug'));
    const outcome = OUTCOMES.find((o) => o === c.req.query('melding'));
    return render(c, item.slug, item.title, { outcome });
  });

  router.post('/aanmelden/:slug', async (c) => {
    const locale = localeOf(c);
    const item = await openEvent(c.req.param('slug'));
    const body = await c.req.parseBody();
    const values = { name: String(body.name ?? ''), email: String(body.email ?? ''), organisation: String(body.organisation ?? '') };
    const parsed = RegistrationInput.safeParse(values);
    if (!parsed.success) {
      return render(c, item.slug, item.title, { values, problems: toFieldProblems(parsed.error) }, 400);
    }
    try {
      const result = await registerForEvent(ctx, { slug: item.slug, form: parsed.data }, { links: links(c) });
      await deliverMailsAfter({ db, config, logger });
      return c.redirect(`${localePath(locale, knowledgePaths.register(item.slug))}?melding=${result.status}`, 303);
    } catch (error) {
      if (!(error instanceof RegistrationRefused)) throw error;
      const field = error.reason === 'duplicate' ? 'email' : 'name';
      return render(c, item.slug, item.title, { values, problems: [{ name: field, reason: error.code }] }, 409);
    }
  });

  router.get('/afmelden/:token', async (c) => {
    const token = c.req.param('token');
    const found = await findRegistrationByToken(ctx, { token });
    const state = !found ? 'unknown' : found.status !== 'afgemeld' ? 'confirm' : c.req.query('melding') === 'afgemeld' ? 'done' : 'already';
    return renderPage(c, <CancelPage locale={localeOf(c)} token={token} csrfToken={c.get('csrfToken')} state={state}
      eventTitle={found?.eventTitle} eventSlug={found?.eventSlug} />, found ? 200 : 404);
  });

  router.post('/afmelden/:token', async (c) => {
    const token = c.req.param('token');
    if (!(await findRegistrationByToken(ctx, { token }))) throw new NotFound('cancelLinkUnknown');
    await cancelRegistration(ctx, { token }, { links: links(c) });
    await deliverMailsAfter({ db, config, logger });
    return c.redirect(`${localePath(localeOf(c), knowledgePaths.cancel(token))}?melding=afgemeld`, 303);
  });
  return router;
}
