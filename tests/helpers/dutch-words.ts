import { Parser } from 'htmlparser2';
import * as auth from '../../src/i18n/auth.ts';
import * as budgetChanges from '../../src/i18n/budget-changes.ts';
import * as consortiumPortal from '../../src/i18n/consortium-portal.ts';
import * as dashboard from '../../src/i18n/dashboard.ts';
import * as dataDictionary from '../../src/i18n/data-dictionary.ts';
import * as hardening from '../../src/i18n/hardening.ts';
import * as importPortal from '../../src/i18n/import-portal.ts';
import * as knowledgePortal from '../../src/i18n/knowledge-portal.ts';
import * as knowledge from '../../src/i18n/knowledge.ts';
import * as messages from '../../src/i18n/messages.ts';
import * as networkMap from '../../src/i18n/network-map.ts';
import * as openData from '../../src/i18n/open-data.ts';
import * as portalCommon from '../../src/i18n/portal-common.ts';
import * as portalTasks from '../../src/i18n/portal-tasks.ts';
import * as portal from '../../src/i18n/portal.ts';
import * as programmeHome from '../../src/i18n/programme-home.ts';
import * as publicConsortia from '../../src/i18n/public-consortia.ts';
import * as reportPortal from '../../src/i18n/report-portal.ts';
import * as selection from '../../src/i18n/selection.ts';
import * as userRoles from '../../src/i18n/user-roles.ts';

// The words a Dutch page is made of: every word of the Dutch message catalogues that the English catalogues
// never use. An English page showing one of them shows interface text that was not translated.
const CATALOGUES = [auth, budgetChanges, consortiumPortal, dashboard, dataDictionary, hardening, importPortal, knowledgePortal, knowledge,
  messages, networkMap, openData, portalCommon, portalTasks, portal, programmeHome, publicConsortia, reportPortal, selection, userRoles];

/** Names and loanwords the English pages use on purpose (the programme's own terms, glossed where they appear). */
const KEPT = new Set(['consortia', 'consortium', 'kennisbank', 'voorbeelddata', 'penvoerder', 'groeifonds', 'nationaal', 'katapult', 'utrecht', 'ronde']);

const WORD = /[\p{L}]{4,}/gu;
const wordsOf = (text: string) => (text.match(WORD) ?? []).map((w) => w.toLowerCase());

function stringsOf(value: unknown, out: string[], depth = 0): void {
  if (depth > 6) return;
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'function' && value.length <= 4) {
    // Templates such as period(from, to): their fixed words count too.
    try { stringsOf(value('X', 'X', 'X', 'X'), out, depth + 1); } catch { /* not a template */ }
  } else if (Array.isArray(value)) for (const v of value) stringsOf(v, out, depth + 1);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out, depth + 1);
}

function catalogueStrings(locale: 'nl' | 'en'): string[] {
  const out: string[] = [];
  for (const module of CATALOGUES) {
    for (const exported of Object.values(module)) {
      if (typeof exported !== 'function' || exported.length !== 1) continue;
      let dictionary: unknown;
      try { dictionary = (exported as (l: string) => unknown)(locale); } catch { continue; }
      if (dictionary && typeof dictionary === 'object') stringsOf(dictionary, out);
    }
  }
  return out;
}

let cached: Set<string> | undefined;
/** Dutch-only words of the catalogues (at least four letters, lower case). */
export function dutchOnlyWords(): Set<string> {
  if (cached) return cached;
  const english = new Set(catalogueStrings('en').flatMap(wordsOf));
  cached = new Set(catalogueStrings('nl').flatMap(wordsOf).filter((w) => !english.has(w) && !KEPT.has(w)));
  return cached;
}

/** The visible text of a page: no head, scripts or styles, and nothing inside an element marked lang="nl". */
export function visibleText(html: string): string {
  const parts: string[] = [];
  const stack: boolean[] = [];
  let hidden = 0;
  const parser = new Parser({
    onopentag(name, attributes) {
      // Code (API names, rule codes, paths) is not prose; it is Dutch by design.
      const hides = ['head', 'script', 'style', 'template', 'code'].includes(name) || attributes.lang === 'nl';
      stack.push(hides);
      if (hides) hidden++;
    },
    onclosetag() { if (stack.pop()) hidden--; },
    ontext(text) { if (!hidden) parts.push(text); },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return parts.join(' ');
}

/** Dutch catalogue words in a page's visible text, each with the text around it, ignoring the words of its data. */
export function dutchWordsIn(html: string, dataWords: Set<string>): string[] {
  const dutch = dutchOnlyWords();
  // Addresses, paths and codes (e-mail, /api/v1/doelen, max_toekenning) are identifiers, not prose.
  const text = visibleText(html).replace(/\S*[/@_]\S*|\S+\.(csv|xlsx|json|jsonld|zip|svg|ics|atom)\b/g, ' ').replace(/\s+/g, ' ');
  const words = [...new Set(wordsOf(text).filter((w) => dutch.has(w) && !dataWords.has(w)))];
  return words.map((w) => {
    const at = text.toLowerCase().indexOf(w);
    return `${w} ("…${text.slice(Math.max(0, at - 30), at + w.length + 30)}…")`;
  });
}
