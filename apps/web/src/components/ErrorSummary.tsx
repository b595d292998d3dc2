import { useEffect, useRef } from 'preact/hooks';
import type { ErrorDetail } from '../api/types';
import { useI18n } from '../i18n/context';

export interface FieldError {
  /** Id of the field (or fieldset) the error belongs to. */
  field: string;
  message: string;
}

/**
 * The list of errors at the top of a form, focused when it appears so that keyboard and
 * screen reader users hear it first. Each error links to its field.
 */
export function ErrorSummary(props: { errors: FieldError[]; message?: string | null; attempt: number; id?: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const count = props.errors.length;
  const visible = count > 0 || !!props.message;
  const titleId = `${props.id ?? 'error-summary'}-title`;

  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [props.attempt, visible]);

  if (!visible) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h2 id={titleId} class="error-summary__title">
        {count > 0 ? t('form.errors.title', { count }) : t('form.errors.titleGeneral')}
      </h2>
      {props.message ? <p>{props.message}</p> : null}
      {count > 0 ? (
        <ul>
          {props.errors.map((error) => (
            <li key={error.field}>
              <a
                href={`#${error.field}`}
                onClick={(e) => {
                  e.preventDefault();
                  const target = document.getElementById(error.field);
                  const focusable =
                    target instanceof HTMLFieldSetElement ? target.querySelector<HTMLElement>('input') : target;
                  focusable?.focus();
                }}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Message of one field among the errors, or null. */
export function errorFor(errors: FieldError[], field: string): string | null {
  return errors.find((error) => error.field === field)?.message ?? null;
}

/** Maps the API's per-field details onto the form's field ids (API field name → form field id). */
export function detailsToErrors(details: ErrorDetail[], fields: Record<string, string>): FieldError[] {
  return details.filter((d) => d.field in fields).map((d) => ({ field: fields[d.field]!, message: d.message }));
}
