import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * "Voulez-vous vraiment… ?": the step before anything that cannot be undone easily. The question
 * takes the focus, so keyboard and screen reader users hear it first.
 */
export function Confirm(props: { id: string; question: string; yes: string; no: string; danger?: boolean; onYes: () => void; onNo: () => void; children?: ComponentChildren }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div class="confirm" role="group" aria-labelledby={`${props.id}-question`}>
      <p id={`${props.id}-question`} tabIndex={-1} ref={ref}>
        <strong>{props.question}</strong>
      </p>
      {props.children}
      <div class="actions">
        <button type="button" class={props.danger === false ? 'button' : 'button button--danger'} onClick={props.onYes}>
          {props.yes}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onNo}>
          {props.no}
        </button>
      </div>
    </div>
  );
}
