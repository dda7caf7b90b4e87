import { z } from 'zod';
import { KNOWLEDGE_KINDS, KNOWLEDGE_STATUSES } from '../../db/schema/index.ts';

// Form values arrive as text; empty fields become null, lists may come as one value or many.
const optionalText = (max: number, message: string) =>
  z.string().trim().max(max, message).transform((v) => (v === '' ? null : v)).nullable().default(null);
const list = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item)]).optional().transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]) as z.output<T>[]);
const link = optionalText(500, 'max500')
  .refine((v) => v === null || /^https?:\/\/[^\s]+$/.test(v), 'urlInvalid');
// datetime-local fields are read as Dutch time (Europe/Amsterdam is what the office means).
const moment = z.string().trim().transform((v) => (v === '' ? null : v))
  .refine((v) => v === null || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(v), 'dateTimeInvalid')
  .nullable().default(null);

export const KnowledgeTagsInput = z.object({
  actionLines: list(z.string().regex(/^[A-Z0-9_-]{1,20}$/, 'actionLineChoose')),
  sectors: list(z.string().regex(/^[a-z0-9_-]{1,40}$/, 'sectorChoose')),
  provinces: list(z.string().regex(/^PV\d{2}$/, 'provinceChoose')),
  consortia: list(z.coerce.number().int().min(1)),
  pps: list(z.coerce.number().int().min(1)),
});

export const KnowledgeItemInput = KnowledgeTagsInput.extend({
  kind: z.enum(KNOWLEDGE_KINDS, { message: 'kindChoose' }),
  title: z.string().trim().min(3, 'titleMin3').max(200, 'max200'),
  summary: z.string().trim().max(500, 'max500').default(''),
  body: z.string().max(50_000, 'max50000').default(''),
  sourceTags: z.string().max(300, 'max300').default('')
    .transform((v) => [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))]),
  url: link,
  publishedOn: z.iso.date({ message: 'dateInvalid' }),
  status: z.enum(KNOWLEDGE_STATUSES, { message: 'statusChoose' }).default('concept'),
  publishAt: moment,
  startsAt: moment,
  endsAt: moment,
  location: optionalText(300, 'max300'),
  onlineUrl: link,
  capacity: z.string().trim().default('')
    .refine((v) => v === '' || (/^\d{1,6}$/.test(v) && Number(v) >= 1), 'capacityInvalid')
    .transform((v) => (v === '' ? null : Number(v))),
  results: z.string().max(20_000, 'max20000').default(''),
  contact: z.string().trim().max(300, 'max300').default(''),
}).superRefine((v, ctx) => {
  if (v.status === 'gepland' && !v.publishAt) ctx.addIssue({ code: 'custom', path: ['publishAt'], message: 'publishAtRequired' });
  if (v.kind === 'evenement' && !v.startsAt) ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'eventStartRequired' });
  if (v.kind === 'evenement' && !v.location && !v.onlineUrl) ctx.addIssue({ code: 'custom', path: ['location'], message: 'placeOrLinkRequired' });
  if (v.startsAt && v.endsAt && v.endsAt < v.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'endBeforeStart' });
});
export type KnowledgeItemInput = z.output<typeof KnowledgeItemInput>;

/** A datetime-local value as a moment, read in Dutch time (CET/CEST by the date's own offset). */
export function amsterdamMoment(local: string | null): Date | null {
  if (!local) return null;
  const asUtc = new Date(`${local.length === 16 ? `${local}:00` : local}Z`);
  const offset = amsterdamOffsetMinutes(asUtc);
  return new Date(asUtc.getTime() - offset * 60_000);
}

function amsterdamOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'shortOffset' })
    .formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+1';
  const match = /GMT([+-]\d+)(?::(\d+))?/.exec(name);
  return match ? Number(match[1]) * 60 + Math.sign(Number(match[1])) * Number(match[2] ?? 0) : 60;
}

/** A moment as a datetime-local value in Dutch time, for the edit form. */
export function toAmsterdamLocal(at: Date | null): string {
  if (!at) return '';
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(at);
  return parts.replace(' ', 'T');
}
