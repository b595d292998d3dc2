import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/context';

/**
 * "Pourquoi ? Comment ?": the short explanation of a participation code, where it is used.
 * `topic` completes the summary for screen readers, so that each one has a distinct name.
 */
export function Explain(props: { topic: string; children?: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <details class="explain">
      <summary class="explain__summary">
        {t('explain.summary')}
        <span class="visually-hidden"> {props.topic}</span>
      </summary>
      <div class="explain__body">{props.children}</div>
    </details>
  );
}
