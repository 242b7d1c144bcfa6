'use client';
import { useActionState } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import { signInAction, type SignInState } from '../_lib/auth-actions';

const REASON_KEYS = {
  invalid: 'signInInvalid',
  locked: 'signInLocked',
  'rate-limited': 'signInRateLimited',
  'demo-disabled': 'signInDemoDisabled',
  missing: 'signInMissing',
} as const;

/** Labels stay "Username", "Password" and "Sign in" in every language (with the translation beside). */
export function SignInForm({ next, messages: t }: { next: string; messages: Messages }) {
  const [state, action, isPending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="staff-form" noValidate>
      <input type="hidden" name="next" value={next} />
      {t.username !== 'Username' ? <p className="hint">{`${t.username} / ${t.password}`}</p> : null}
      <label htmlFor="username">Username</label>
      <input id="username" name="username" key={state.username ?? ''} defaultValue={state.username} autoComplete="username" required maxLength={100} />
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={1000} />
      {state.reason ? (
        <p role="alert" className="form-error">
          {t[REASON_KEYS[state.reason]].replace('{seconds}', String(state.seconds ?? ''))}
        </p>
      ) : null}
      <button type="submit" disabled={isPending}>
        Sign in
      </button>
    </form>
  );
}
