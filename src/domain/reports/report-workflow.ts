import { REPORT_STATUSES } from '../enums.ts';

// The voortgangsrapportage workflow: who may move a report from which state to which.
export type ReportState = (typeof REPORT_STATUSES)[number];

/** Office overview adds the state of a period without a report. */
export type PeriodState = ReportState | 'niet_gestart';

export type ReportAction = 'save' | 'submit' | 'approve' | 'return';
/** Who acts: the coordinator of the report's own consortium, or the programme office. */
export type WorkflowRole = 'coordinator' | 'programmabureau';

type Transition = { from: ReportState; action: ReportAction; to: ReportState; role: WorkflowRole };

// A returned report goes back to concept as soon as the coordinator edits it; submitting it again is allowed directly.
const TRANSITIONS: Transition[] = [
  { from: 'concept', action: 'save', to: 'concept', role: 'coordinator' },
  { from: 'teruggestuurd', action: 'save', to: 'concept', role: 'coordinator' },
  { from: 'concept', action: 'submit', to: 'ingediend', role: 'coordinator' },
  { from: 'teruggestuurd', action: 'submit', to: 'ingediend', role: 'coordinator' },
  { from: 'ingediend', action: 'approve', to: 'goedgekeurd', role: 'programmabureau' },
  { from: 'ingediend', action: 'return', to: 'teruggestuurd', role: 'programmabureau' },
];

/** The state after the action, or null when the action is not possible from this state. */
export function nextReportState(from: ReportState, action: ReportAction): ReportState | null {
  return TRANSITIONS.find((t) => t.from === from && t.action === action)?.to ?? null;
}

/** The role that may take this action (independent of state). */
export function roleForAction(action: ReportAction): WorkflowRole {
  return action === 'approve' || action === 'return' ? 'programmabureau' : 'coordinator';
}

/** Actions a role can take on a report in this state, for showing the right buttons. */
export function availableActions(from: ReportState, role: WorkflowRole): ReportAction[] {
  return TRANSITIONS.filter((t) => t.from === from && t.role === role).map((t) => t.action);
}

/** An approved period is locked: values, realisation and narratives no longer change. */
export function isLocked(state: ReportState): boolean {
  return state === 'goedgekeurd';
}

export function isEditable(state: ReportState): boolean {
  return nextReportState(state, 'save') !== null;
}

/** Only approved values count in public figures and the progress view. */
export function countsInFigures(state: ReportState): boolean {
  return state === 'goedgekeurd';
}

/** Reporting periods (years) of a programme up to the given year. */
export function reportingPeriods(startYear: number, endYear: number, currentYear: number): number[] {
  const last = Math.min(endYear, currentYear);
  return Array.from({ length: Math.max(0, last - startYear + 1) }, (_, i) => startYear + i);
}
