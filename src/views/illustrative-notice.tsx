import type { Locale } from '../domain/format.ts';
import { messages } from '../i18n/messages.ts';

export function IllustrativeNotice({ locale }: { locale: Locale }) {
  return (
    <div class="utrecht-alert utrecht-alert--info pps-notice" role="note">
      <p class="utrecht-paragraph">
        <span class="pps-badge">{messages(locale).illustrative}</span> {messages(locale).illustrativeNotice}
      </p>
    </div>
  );
}
