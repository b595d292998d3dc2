import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A modal dialog (native <dialog>): the rest of the page is inert while it is open, Escape
 * closes it, and focus starts on its first field. The parent renders it while open and puts
 * the focus back on the control that opened it when `onClose` is called.
 */
export function Dialog(props: { titleId: string; describedBy?: string; onClose: () => void; children?: ComponentChildren }) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal?.();
    dialog.querySelector<HTMLElement>('input, textarea, select')?.focus();
    return () => {
      if (dialog.open) dialog.close?.();
    };
  }, []);

  return (
    <dialog
      class="dialog"
      ref={ref}
      aria-labelledby={props.titleId}
      aria-describedby={props.describedBy}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      {props.children}
    </dialog>
  );
}
