import type { JSX } from 'preact';
import { useI18n } from '../i18n/context';

interface BaseProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  value: string;
  onValue: (value: string) => void;
  required?: boolean;
  /** Adds "(facultatif)" to the label. */
  optional?: boolean;
  maxLength?: number;
  /** Shows "n characters of max" under the field (read by screen readers with the hint). */
  counter?: boolean;
}

function describedBy(id: string, props: BaseProps): string | undefined {
  const ids = [props.hint ? `${id}-hint` : '', props.counter && props.maxLength ? `${id}-count` : '', props.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return ids || undefined;
}

function Parts(props: BaseProps & { children: JSX.Element }) {
  const { t } = useI18n();
  const { id } = props;
  return (
    <div class={'field' + (props.error ? ' field--error' : '')}>
      <label class="field__label" for={id}>
        {props.label}
        {props.optional ? <span class="field__optional"> {t('form.optional')}</span> : null}
      </label>
      {props.hint ? (
        <p class="field__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="field__error" id={`${id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {props.error}
        </p>
      ) : null}
      {props.children}
      {props.counter && props.maxLength ? (
        <p class="field__count" id={`${id}-count`}>
          {t('form.counter', { count: props.value.length, max: props.maxLength })}
        </p>
      ) : null}
    </div>
  );
}

export function TextField(
  props: BaseProps & {
    type?: 'text' | 'email' | 'password' | 'search' | 'date' | 'datetime-local';
    autoComplete?: string;
    inputMode?: string;
  },
) {
  return (
    <Parts {...props}>
      <input
        id={props.id}
        name={props.id}
        class="field__input"
        type={props.type ?? 'text'}
        value={props.value}
        onInput={(e) => props.onValue(e.currentTarget.value)}
        required={props.required}
        aria-required={props.required ? 'true' : undefined}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.id, props)}
        autoComplete={props.autoComplete}
        spellcheck={props.type === 'email' || props.type === 'password' ? false : undefined}
      />
    </Parts>
  );
}

export function TextArea(props: BaseProps & { rows?: number }) {
  return (
    <Parts {...props}>
      <textarea
        id={props.id}
        name={props.id}
        class="field__input field__textarea"
        rows={props.rows ?? 6}
        value={props.value}
        onInput={(e) => props.onValue(e.currentTarget.value)}
        required={props.required}
        aria-required={props.required ? 'true' : undefined}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.id, props)}
      />
    </Parts>
  );
}

export interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

/** Radio buttons in a fieldset whose legend names the question. */
export function RadioGroup<V extends string>(props: {
  name: string;
  legend: string;
  hint?: string;
  error?: string | null;
  choices: Choice<V>[];
  value: V | null;
  onValue: (value: V) => void;
}) {
  const errorId = `${props.name}-error`;
  const hintId = `${props.name}-hint`;
  return (
    <fieldset
      class={'field choices' + (props.error ? ' field--error' : '')}
      id={props.name}
      aria-describedby={[props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ') || undefined}
    >
      <legend class="field__label">{props.legend}</legend>
      {props.hint ? (
        <p class="field__hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="field__error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {props.error}
        </p>
      ) : null}
      {props.choices.map((choice) => {
        const id = `${props.name}-${choice.value}`;
        return (
          <div class="choice" key={choice.value}>
            <input
              type="radio"
              id={id}
              name={props.name}
              value={choice.value}
              checked={props.value === choice.value}
              onChange={() => props.onValue(choice.value)}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
            />
            <label for={id}>
              {choice.label}
              {choice.hint ? (
                <span class="choice__hint" id={`${id}-hint`}>
                  {choice.hint}
                </span>
              ) : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

export function Checkbox(props: { id: string; label: string; hint?: string; checked: boolean; onChecked: (value: boolean) => void }) {
  return (
    <div class="field choice choice--checkbox">
      <input
        type="checkbox"
        id={props.id}
        name={props.id}
        checked={props.checked}
        onChange={(e) => props.onChecked(e.currentTarget.checked)}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
      />
      <label for={props.id}>
        {props.label}
        {props.hint ? (
          <span class="choice__hint" id={`${props.id}-hint`}>
            {props.hint}
          </span>
        ) : null}
      </label>
    </div>
  );
}

export function SelectField(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  value: string;
  onValue: (value: string) => void;
  options: Array<{ value: string; label: string }>;
}) {
  const describedBy = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={'field' + (props.error ? ' field--error' : '')}>
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <p class="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="field__error" id={`${props.id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {props.error}
        </p>
      ) : null}
      <select
        id={props.id}
        name={props.id}
        class="field__input field__select"
        value={props.value}
        onChange={(e) => props.onValue(e.currentTarget.value)}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
