import { useContext, type Child } from 'hono/jsx';
import type { ErrorValues, FieldProblem } from '../../errors.ts';
import { errorText, isErrorCode } from '../../i18n/errors.ts';
import { LocaleContext } from '../locale-context.ts';

// The one form kit (portal and sign-in pages): labelled fields, errors next to the field and in a summary that
// links to it and takes focus after a failed post (autofocus, so it works without JavaScript).
export type FormValues = Record<string, string | string[]>;

export const fieldIdOf = (name: string) => `veld-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
export const valueOf = (values: FormValues, name: string): string => {
  const v = values[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};
export const valuesOf = (values: FormValues, name: string): string[] => {
  const v = values[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};
/** The worded problem of a field: services give codes, the kit words them in the page's language. */
export function problemFor(problems: FieldProblem[], name: string): string | undefined {
  const problem = problems.find((p) => p.name === name);
  return problem ? errorText(useContext(LocaleContext), problem.reason, problem.values) : undefined;
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** A POST form with its CSRF field; novalidate so the server's error summary, not the browser's bubble, speaks. */
export function PostForm({ action, csrfToken, children, class: className, enctype }: {
  action: string; csrfToken: string; children: Child; class?: string; enctype?: 'multipart/form-data';
}) {
  return (
    <form method="post" action={action} class={className} enctype={enctype} novalidate>
      <CsrfField token={csrfToken} />
      {children}
    </form>
  );
}

/** Each problem's reason is an error code, worded here; `message` is a code too, or a sentence of the page's messages. */
export function ErrorSummary({ title, message, messageValues, problems, fieldId = fieldIdOf }: {
  title: string; message?: string | undefined; messageValues?: ErrorValues | undefined; problems: FieldProblem[];
  /** The id of a problem's field, when the form names its fields otherwise (the public filters). */
  fieldId?: (name: string) => string;
}) {
  if (!message && problems.length === 0) return null;
  const locale = useContext(LocaleContext);
  return (
    <div class="utrecht-alert utrecht-alert--error pps-error-summary" role="alert" tabindex={-1} autofocus aria-labelledby="foutmeldingen-titel">
      <h2 class="utrecht-heading-2" id="foutmeldingen-titel">{title}</h2>
      {message ? <p class="utrecht-paragraph">{isErrorCode(message) ? errorText(locale, message, messageValues) : message}</p> : null}
      {problems.length ? (
        <ul class="utrecht-unordered-list">
          {problems.map((p) => (
            <li class="utrecht-unordered-list__item">
              {p.name ? <a class="utrecht-link" href={`#${fieldId(p.name)}`}>{errorText(locale, p.reason, p.values)}</a> : errorText(locale, p.reason, p.values)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A status message after a redirect: ok for a saved change, info for news (a mail was sent, you signed out). */
export function Flash({ text, tone = 'ok' }: { text: string | null | undefined; tone?: 'ok' | 'info' }) {
  return text ? <div class={`utrecht-alert utrecht-alert--${tone} pps-flash`} role="status"><p class="utrecht-paragraph">{text}</p></div> : null;
}

type FieldProps = { name: string; label: string; values: FormValues; problems: FieldProblem[]; hint?: string; required?: boolean };

function Field({ name, label, hint, problem, children }: { name: string; label: string; hint?: string; problem?: string; children: Child }) {
  const id = fieldIdOf(name);
  return (
    <div class={`utrecht-form-field utrecht-form-field--text${problem ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for={id}>{label}</label></div>
      {hint ? <div class="utrecht-form-field__description utrecht-form-field-description" id={`${id}-hint`}>{hint}</div> : null}
      {problem ? <div class="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-error`}>{problem}</div> : null}
      <div class="utrecht-form-field__input">{children}</div>
    </div>
  );
}

const describedBy = (name: string, hint?: string, problem?: string) =>
  [hint ? `${fieldIdOf(name)}-hint` : '', problem ? `${fieldIdOf(name)}-error` : ''].filter(Boolean).join(' ') || undefined;

export type TextFieldProps = FieldProps & {
  inputMode?: 'numeric' | 'text'; size?: number; type?: 'text' | 'email' | 'password' | 'date' | 'search'; autocomplete?: string;
};

export function TextField({ name, label, values, problems, hint, required, inputMode, size, type = 'text', autocomplete }: TextFieldProps) {
  const problem = problemFor(problems, name);
  return (
    <Field name={name} label={label} hint={hint} problem={problem}>
      <input class={`utrecht-textbox utrecht-textbox--html-input${problem ? ' utrecht-textbox--invalid' : ''}`} type={type} id={fieldIdOf(name)} name={name}
        value={type === 'password' ? undefined : valueOf(values, name)} required={required} aria-invalid={problem ? 'true' : undefined}
        aria-describedby={describedBy(name, hint, problem)} inputmode={inputMode} size={size} autocomplete={autocomplete} />
    </Field>
  );
}

export function TextAreaField({ name, label, values, problems, hint, required, rows = 5, lang }: FieldProps & { rows?: number; lang?: string }) {
  const problem = problemFor(problems, name);
  return (
    <Field name={name} label={label} hint={hint} problem={problem}>
      <textarea class={`utrecht-textarea utrecht-textarea--html-textarea${problem ? ' utrecht-textarea--invalid' : ''}`} id={fieldIdOf(name)} name={name} rows={rows} lang={lang}
        required={required} aria-invalid={problem ? 'true' : undefined} aria-describedby={describedBy(name, hint, problem)}>{valueOf(values, name)}</textarea>
    </Field>
  );
}

export function SelectField({ name, label, values, problems, hint, options, emptyLabel }: FieldProps & { options: { value: string; label: string }[]; emptyLabel?: string }) {
  const problem = problemFor(problems, name);
  const current = valueOf(values, name);
  return (
    <Field name={name} label={label} hint={hint} problem={problem}>
      <select class={`utrecht-select utrecht-select--html-select${problem ? ' utrecht-select--invalid' : ''}`} id={fieldIdOf(name)} name={name}
        aria-invalid={problem ? 'true' : undefined} aria-describedby={describedBy(name, hint, problem)}>
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => <option value={o.value} selected={o.value === current}>{o.label}</option>)}
      </select>
    </Field>
  );
}

/** A group of checkboxes in a fieldset; the first box carries the id the error summary links to. */
export function CheckboxGroup({ name, label, values, problems, options }: FieldProps & { options: { value: string; label: string }[] }) {
  const problem = problemFor(problems, name);
  const checked = new Set(valuesOf(values, name));
  return (
    <fieldset class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset pps-checkboxes${problem ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={problem ? `${fieldIdOf(name)}-error` : undefined}>
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{label}</legend>
      {problem ? <div class="utrecht-form-field-error-message" id={`${fieldIdOf(name)}-error`}>{problem}</div> : null}
      <div class="pps-checkboxes__list">
        {options.map((o, i) => {
          const id = i === 0 ? fieldIdOf(name) : `${fieldIdOf(name)}-${o.value}`;
          return (
            <div class="utrecht-form-field utrecht-form-field--checkbox">
              <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={id} name={name} value={o.value} checked={checked.has(o.value)} />
              <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>{o.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A compact number input for grid cells, labelled by its row and column headers. */
export function CellInput({ name, label, values, problems, disabled }: { name: string; label: string; values: FormValues; problems: FieldProblem[]; disabled?: boolean }) {
  const problem = problemFor(problems, name);
  const id = fieldIdOf(name);
  return (
    <>
      <input class={`utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric pps-cell-input${problem ? ' utrecht-textbox--invalid' : ''}`} type="text"
        inputmode="numeric" id={id} name={name} value={valueOf(values, name)} aria-label={label} aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? `${id}-error` : undefined} readonly={disabled} />
      {problem ? <span class="pps-cell-error" id={`${id}-error`}>{problem}</span> : null}
    </>
  );
}

export function SubmitButton({ children, secondary, name, value }: { children: Child; secondary?: boolean; name?: string; value?: string }) {
  return (
    <button class={`utrecht-button ${secondary ? 'utrecht-button--secondary-action' : 'utrecht-button--primary-action'}`} type="submit" name={name} value={value}>
      {children}
    </button>
  );
}
