import type { FilterProblem } from '../../domain/dashboard/filter.ts';

/** NL Design System error summary: a heading and a link to each field with its problem. */
export function ErrorSummary({ title, intro, problems, fieldId }: { title: string; intro: string; problems: FilterProblem[]; fieldId: (name: string) => string }) {
  return (
    <div class="utrecht-alert utrecht-alert--error pps-error-summary" role="alert" tabindex={-1}>
      <h2 class="utrecht-heading-2">{title}</h2>
      <p class="utrecht-paragraph">{intro}</p>
      <ul>
        {problems.map((p) => <li><a class="utrecht-link" href={`#${fieldId(p.name)}`}>{p.reason}</a></li>)}
      </ul>
    </div>
  );
}
