// Form field names of the report form, shared by the view, the route parser and the service's field problems.
export const valueField = (indicatorId: number, breakdown: string) => `waarde.${indicatorId}.${breakdown === '' ? 'totaal' : breakdown}`;
export const realisationField = (actionLineId: number, source: string) => `realisatie.${actionLineId}.${source}`;
export const narrativeField = (actionLineId: number) => `toelichting.${actionLineId}`;

export type ParsedField =
  | { kind: 'value'; indicatorId: number; breakdown: string }
  | { kind: 'realisation'; actionLineId: number; source: string }
  | { kind: 'narrative'; actionLineId: number };

/** Reads a field name back; null for fields that are not part of the report contents. */
export function parseReportField(name: string): ParsedField | null {
  const value = /^waarde\.(\d+)\.(.+)$/.exec(name);
  if (value) return { kind: 'value', indicatorId: Number(value[1]), breakdown: value[2] === 'totaal' ? '' : (value[2] as string) };
  const realisation = /^realisatie\.(\d+)\.([a-z_]+)$/.exec(name);
  if (realisation) return { kind: 'realisation', actionLineId: Number(realisation[1]), source: realisation[2] as string };
  const narrative = /^toelichting\.(\d+)$/.exec(name);
  if (narrative) return { kind: 'narrative', actionLineId: Number(narrative[1]) };
  return null;
}
