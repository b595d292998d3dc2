import type { ComponentChildren } from 'preact';

/**
 * A status message announced by screen readers without moving focus (WCAG 4.1.3).
 * The region is always in the page, so a change of its text is announced.
 */
export function StatusMessage(props: { children?: ComponentChildren; id?: string; tone?: 'success' | 'info' }) {
  const empty = props.children === null || props.children === undefined || props.children === false || props.children === '';
  return (
    <div
      role="status"
      id={props.id}
      class={empty ? 'status status--empty' : `status status--${props.tone ?? 'info'}`}
    >
      {props.children}
    </div>
  );
}
