import { z } from 'zod';
import { FUNDING_SOURCES } from '../../domain/enums.ts';
import { PROVINCES, SECTORS } from '../../domain/code-lists.ts';

const PROVINCE_CODES = PROVINCES.map((p) => p.code) as [string, ...string[]];
const SECTOR_CODES = SECTORS.map((s) => s.code) as [string, ...string[]];

const id = z.number().int().min(1);

/** Everything an applicant fills in; the amounts are whole euros and the sums are derived, never typed. */
export const ApplicationContent = z.object({
  title: z.string().trim().min(3, 'applicationTitleMin3').max(200),
  partnerIds: z.array(id).max(200),
  ppsNames: z.array(z.string().trim().min(2).max(200)).max(100),
  provinces: z.array(z.enum(PROVINCE_CODES)).max(12),
  sectors: z.array(z.enum(SECTOR_CODES)).max(40),
  cells: z.array(z.object({
    actionLineId: id,
    year: z.number().int().min(2000).max(2100),
    source: z.enum(FUNDING_SOURCES),
    amount: z.number().int().min(0, 'amountNotNegative').max(1_000_000_000),
  })).max(500),
  plans: z.array(z.object({ actionLineId: id, text: z.string().trim().max(20_000) })).max(20),
}).superRefine((c, ctx) => {
  const seen = new Set<string>();
  c.cells.forEach((x, i) => {
    const key = `${x.actionLineId}|${x.year}|${x.source}`;
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['cells', i, 'amount'], message: 'budgetCellTwice' });
    seen.add(key);
  });
});
export type ApplicationContent = z.infer<typeof ApplicationContent>;
