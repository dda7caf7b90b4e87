/** A round's application window, ISO dates inclusive; `today` comes from the caller's clock. */
export type RoundWindow = { opensOn: string; closesOn: string; status: string };

export type WindowProblem = 'selection.round.notOpenYet' | 'selection.round.closed' | null;

/** Whether an application may be submitted today: the round is open and its closing date has not passed. */
export function submissionProblem(round: RoundWindow, today: string): WindowProblem {
  if (today < round.opensOn || round.status === 'gepland') return 'selection.round.notOpenYet';
  if (today > round.closesOn || round.status === 'gesloten' || round.status === 'afgerond') return 'selection.round.closed';
  return null;
}
