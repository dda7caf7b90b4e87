// Field names of the multi-row forms (budget grid, targets), shared by view, route parser and field problems.
export const budgetField = (actionLineId: number, year: number, source: string) => `begroting.${actionLineId}.${year}.${source}`;
export const budgetVersionField = (actionLineId: number, year: number, source: string) => `versie.${actionLineId}.${year}.${source}`;
export const targetField = (indicatorId: number, part: TargetPart) => `doel.${indicatorId}.${part}`;
export const targetVersionField = (indicatorId: number) => `doelversie.${indicatorId}`;

export const TARGET_PARTS = ['baselineValue', 'baselineYear', 'targetValue', 'targetYear'] as const;
export type TargetPart = (typeof TARGET_PARTS)[number];

export function parseBudgetField(name: string): { actionLineId: number; year: number; source: string } | null {
  const m = /^begroting\.(\d+)\.(\d{4})\.([a-z_]+)$/.exec(name);
  return m ? { actionLineId: Number(m[1]), year: Number(m[2]), source: m[3] as string } : null;
}

export function parseTargetField(name: string): { indicatorId: number; part: TargetPart } | null {
  const m = /^doel\.(\d+)\.([a-zA-Z]+)$/.exec(name);
  return m && (TARGET_PARTS as readonly string[]).includes(m[2] as string) ? { indicatorId: Number(m[1]), part: m[2] as TargetPart } : null;
}
