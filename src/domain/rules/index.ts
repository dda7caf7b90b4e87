// The rule engine: pure evaluation of the programme's versioned rules on an application, a budget or a report.
export * from './rule-codes.ts';
export * from './rule-set.ts';
export * from './outcome.ts';
export * from './budget-rules.ts';
export * from './application-rules.ts';
export * from './report-rules.ts';
