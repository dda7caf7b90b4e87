import { formatDateTime, type Locale } from '../../domain/format.ts';
import { portalMessages } from '../../i18n/portal.ts';
import type { OutboxMail } from '../../services/mail/list-outbox.ts';
import { PortalPage, type PortalProps } from './portal-page.tsx';

export type OutboxPageProps = { locale: Locale; mails: OutboxMail[]; smtpConfigured: boolean };

// Links in plain-text mail become clickable; everything else stays text (escaped by JSX).
function Body({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s]+)/g);
  return <pre class="pps-mail__body">{parts.map((part) => (/^https?:\/\//.test(part) ? <a class="utrecht-link" href={part}>{part}</a> : part))}</pre>;
}

export function OutboxPage({ portal, locale, mails, smtpConfigured }: OutboxPageProps & PortalProps) {
  const p = portalMessages(locale);
  return (
    <PortalPage portal={portal} title={p.outboxTitle}>
      <h1 class="utrecht-heading-1">{p.outboxTitle}</h1>
      <p class="utrecht-paragraph">{p.outboxIntro}</p>
      {smtpConfigured ? <div class="utrecht-alert utrecht-alert--info" role="status"><p class="utrecht-paragraph">{p.outboxSmtp}</p></div> : null}
      {mails.length ? mails.map((m) => (
        <article class="pps-mail" aria-labelledby={`mail-${m.id}`}>
          <h2 class="utrecht-heading-3" id={`mail-${m.id}`}>{m.subject}</h2>
          <p class="utrecht-paragraph pps-muted">
            {p.mailTo}: {m.recipient} · {p.mailSent}: {formatDateTime(m.createdAt, locale)} · {p.mailStatus}: {p.mailStatuses[m.status]}
            {m.sentAt ? ` (${formatDateTime(m.sentAt, locale)})` : ''}
          </p>
          {m.error ? <p class="utrecht-paragraph">{p.mailError}: {m.error}</p> : null}
          <Body text={m.body} />
        </article>
      )) : <p class="utrecht-paragraph">{p.outboxEmpty}</p>}
    </PortalPage>
  );
}
