import { type FormEvent, type ReactNode, useId } from 'react';
import { ApiError, saveToken } from './api-client';

/** A polite "loading" line announced to screen readers. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </p>
  );
}

/** Explains why a list is empty and what to do about it. */
export function Empty({ children }: { children: ReactNode }) {
  return (
    <div className="state state--empty" role="status">
      {children}
    </div>
  );
}

/** Shows an error (with the API's problem detail) and an optional retry button. */
export function ErrorView({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const status = error instanceof ApiError ? error.status : null;
  const title =
    error instanceof ApiError ? (error.problem?.title ?? 'Request failed') : 'Something went wrong';
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div className="state state--error" role="alert">
      <strong>{title}</strong>
      {status !== null && <span> (HTTP {status})</span>}
      {detail && detail !== title && <p>{detail}</p>}
      {(status === 401 || status === 403) && <TokenForm />}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** Lets an official paste the access token an administrator gave them (kept in this browser only). */
function TokenForm() {
  const id = useId();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('token');
    saveToken(typeof value === 'string' && value.trim() ? value.trim() : null);
    window.location.reload();
  };
  return (
    <form className="token-form" onSubmit={onSubmit}>
      <p>This server asks who is reading. Paste the access token an administrator gave you.</p>
      <label htmlFor={id}>Access token</label>
      <input id={id} name="token" type="password" autoComplete="off" />
      <button type="submit">Use token</button>
    </form>
  );
}
