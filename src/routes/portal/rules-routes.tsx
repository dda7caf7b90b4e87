import type { Context } from 'hono';
import { Hono } from 'hono';
import { RULE_CODES } from '../../domain/rules/index.ts';
import { FLASH_KEYS } from '../../i18n/portal-common.ts';
import { requireRole } from '../../services/authorize.ts';
import { addRuleVersion } from '../../services/programmes/add-rule-version.ts';
import { listProgrammeRules } from '../../services/programmes/list-programme-rules.ts';
import { RULES_PATH, RulesPage } from '../../views/portal/rules-page.tsx';
import { valueOf } from '../../views/portal/form-controls.tsx';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { renderPage } from '../render.ts';
import { csrfOf, flashOf, formErrorState, readForm, serviceContext, withFlash, type FormState } from './form-helpers.ts';
import { portalSessionOf } from './portal-session.ts';

/** The office's page of programme rules: every version, and a form for a new one; mount under /portaal. */
export function createRulesRoutes({ db }: AppDeps): Hono {
  const router = new Hono();
  const render = async (c: Context, state: FormState | null, status: 200 | 400 | 409 = 200) => {
    const locale = localeOf(c);
    const rows = await listProgrammeRules(serviceContext(c, db));
    const rules = rows.map((r) => {
      const english = locale === 'en' && r.descriptionEn !== '';
      return { ...r, description: english ? r.descriptionEn : r.descriptionNl, descriptionLang: english || locale === 'nl' ? locale : ('nl' as const) };
    });
    return renderPage(c, <RulesPage portal={portalSessionOf(c)} locale={locale} csrfToken={csrfOf(c)} rules={rules} codes={RULE_CODES} values={state?.values ?? {}}
      problems={state?.problems ?? []} message={state?.message} flash={flashOf(c, FLASH_KEYS)} />, status);
  };
  router.get('/bureau/regels', (c) => render(c, null));
  router.post('/bureau/regels', async (c) => {
    requireRole(serviceContext(c, db), 'programmabureau');
    const form = await readForm(c);
    try {
      await addRuleVersion(serviceContext(c, db), {
        code: valueOf(form, 'code'), value: valueOf(form, 'value'), validFrom: valueOf(form, 'validFrom'),
        source: valueOf(form, 'source'), descriptionNl: valueOf(form, 'descriptionNl'), descriptionEn: valueOf(form, 'descriptionEn'),
      });
    } catch (error) {
      const state = formErrorState(form, error);
      if (state) return render(c, state, state.status);
      throw error;
    }
    return c.redirect(withFlash(RULES_PATH, 'regel_toegevoegd'), 303);
  });
  return router;
}
