import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/context';
import { useSession } from './session';

/** Without any action for this long, a signed-in person on a shared device is asked if they are still there. */
export const IDLE_WARNING_MS = 10 * 60_000;
/** Then, without an answer, they are signed out. */
export const IDLE_LOGOUT_MS = 2 * 60_000;

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'scroll', 'input'] as const;

/**
 * Shared devices: a session without "Rester connecté" ends by itself when nobody uses it.
 * A modal dialog warns first; "Continuer" keeps the session, nothing signs out.
 */
export function IdleWarning() {
  const { t } = useI18n();
  const { state, signOut } = useSession();
  const active = state.status === 'signedIn' && state.kind === 'session';
  const [warning, setWarning] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const signOutRef = useRef(signOut);
  signOutRef.current = signOut;

  useEffect(() => {
    if (!active || warning) return;
    let timer = setTimeout(() => setWarning(true), IDLE_WARNING_MS);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setWarning(true), IDLE_WARNING_MS);
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, reset, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, reset, { capture: true });
    };
  }, [active, warning]);

  useEffect(() => {
    if (!active || !warning) return;
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    const timer = setTimeout(() => {
      setWarning(false);
      void signOutRef.current('idle');
    }, IDLE_LOGOUT_MS);
    return () => clearTimeout(timer);
  }, [active, warning]);

  useEffect(() => {
    if (!active) setWarning(false);
  }, [active]);

  if (!active || !warning) return null;

  const stay = () => {
    dialogRef.current?.close();
    setWarning(false);
  };

  return (
    <dialog
      class="idle-dialog"
      ref={dialogRef}
      aria-labelledby="idle-title"
      aria-describedby="idle-text"
      onCancel={(e) => {
        e.preventDefault();
        stay();
      }}
    >
      <h2 id="idle-title">{t('idle.title')}</h2>
      <p id="idle-text">{t('idle.text', { count: Math.round(IDLE_LOGOUT_MS / 60_000) })}</p>
      <div class="actions">
        <button type="button" class="button" onClick={stay}>
          {t('idle.stay')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            setWarning(false);
            void signOut('logout');
          }}
        >
          {t('idle.signOut')}
        </button>
      </div>
    </dialog>
  );
}
