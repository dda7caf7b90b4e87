import type { Child } from 'hono/jsx';

// The one form pattern: labelled fields, an error summary linking to them, a CSRF field in every POST form.

export type FieldErrors = Record<string, string>;

/** Hidden CSRF field; the token comes from c.get('csrfToken') in the route. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** A POST form with its CSRF field. */
export function PostForm({ action, csrfToken, children, class: className }: { action: string; csrfToken: string; children: Child; class?: string }) {
  return (
    <form method="post" action={action} class={className} novalidate>
      <CsrfField token={csrfToken} />
      {children}
    </form>
  );
}

export function ErrorSummary({ title, errors }: { title: string; errors: FieldErrors }) {
  const entries = Object.entries(errors);
  if (!entries.length) return null;
  return (
    <div class="utrecht-alert utrecht-alert--error pps-error-summary" role="alert" aria-labelledby="foutmeldingen-titel" tabindex={-1}>
      <h2 class="utrecht-heading-3" id="foutmeldingen-titel">{title}</h2>
      <ul class="utrecht-unordered-list">
        {entries.map(([field, message]) => (
          <li class="utrecht-unordered-list__item"><a class="utrecht-link" href={`#${field}`}>{message}</a></li>
        ))}
      </ul>
    </div>
  );
}

export type TextFieldProps = {
  name: string; label: string; type?: 'text' | 'email' | 'password' | 'date' | 'search';
  value?: string; error?: string; hint?: string; autocomplete?: string; required?: boolean;
};

export function TextField({ name, label, type = 'text', value, error, hint, autocomplete, required }: TextFieldProps) {
  const described = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={name}>{label}</label>
      </div>
      {hint ? <div class="utrecht-form-field-description" id={`${name}-hint`}>{hint}</div> : null}
      {error ? <div class="utrecht-form-field-error-message" id={`${name}-error`}>{error}</div> : null}
      <div class="utrecht-form-field__input">
        <input
          class={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
          id={name} name={name} type={type} value={type === 'password' ? undefined : value}
          autocomplete={autocomplete} required={required} aria-invalid={error ? 'true' : undefined} aria-describedby={described}
        />
      </div>
    </div>
  );
}

export function SubmitButton({ children, secondary }: { children: Child; secondary?: boolean }) {
  return (
    <button type="submit" class={`utrecht-button utrecht-button--${secondary ? 'secondary' : 'primary'}-action`}>{children}</button>
  );
}

/** A status message after a redirect (?melding=...). */
export function Notice({ text }: { text?: string | null }) {
  if (!text) return null;
  return (
    <div class="utrecht-alert utrecht-alert--info pps-notice" role="status">
      <p class="utrecht-paragraph">{text}</p>
    </div>
  );
}
