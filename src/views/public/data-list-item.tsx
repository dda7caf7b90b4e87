import type { Child } from 'hono/jsx';

/** One key and value of an NL Design System data list (dl). */
export function DataListItem({ label, children }: { label: string; children: Child }) {
  return (
    <div class="utrecht-data-list__item">
      <dt class="utrecht-data-list__item-key">{label}</dt>
      <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{children}</dd>
    </div>
  );
}
