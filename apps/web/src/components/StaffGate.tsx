import type { ComponentChildren } from 'preact';
import type { Role } from '../api/types';
import { hasRole, useSession } from '../session/session';
import { Loading } from './Feedback';
import { SignInPrompt } from './SignInPrompt';

/**
 * The content of a staff screen, for the people who hold one of `roles`. Others are told, in
 * plain words, to sign in or that the screen is not for them (the API refuses them anyway).
 */
export function StaffGate(props: { roles: Role[]; signInText: string; forbiddenText: string; children?: ComponentChildren }) {
  const { me, state } = useSession();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signedOut') return <SignInPrompt text={props.signInText} />;
  if (!hasRole(me, ...props.roles)) return <p class="notice">{props.forbiddenText}</p>;
  return <>{props.children}</>;
}
