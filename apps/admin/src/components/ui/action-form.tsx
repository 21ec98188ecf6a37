'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, type ReactNode, useState, useTransition } from 'react';
import styles from './ui.module.css';

export type FormResult =
  | { ok: true; data: unknown }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

type Props = {
  action: (input: Record<string, FormDataEntryValue>) => Promise<FormResult>;
  children: ReactNode;
  submitLabel: string;
  /** Accessible name when the visible label is a symbol (↑, ↓). */
  ariaLabel?: string;
  /** Shown after success; the page data is refreshed either way. */
  successMessage?: string;
  /** Asked with window.confirm before a destructive action. */
  confirm?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  inline?: boolean;
  /** Clear the fields after success (forms that create something). */
  resetOnSuccess?: boolean;
  /** Shows the action's data after success (e.g. a one-time password). */
  onSuccess?: (data: unknown) => void;
};

/**
 * Submits a form to a defineAction server action (fields as a plain object), shows its Russian
 * error and field messages, and refreshes the server-rendered page on success.
 */
export function ActionForm(props: Props) {
  const router = useRouter();
  const [result, setResult] = useState<FormResult>();
  const [pending, startTransition] = useTransition();
  // onSubmit rather than a form action: React resets a form after its action, which would wipe
  // what the editor typed whenever the server answers with a validation error.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    if (props.confirm && !window.confirm(props.confirm)) return;
    const input = Object.fromEntries(new FormData(element));
    startTransition(async () => {
      const outcome = await props.action(input);
      setResult(outcome);
      if (outcome.ok) {
        if (props.resetOnSuccess) element.reset();
        props.onSuccess?.(outcome.data);
        router.refresh();
      }
    });
  };
  const className = props.inline ? styles.inlineForm : styles.form;
  return (
    <form onSubmit={submit} className={className}>
      {props.children}
      <button
        type="submit"
        disabled={pending}
        aria-label={props.ariaLabel}
        className={styles[props.variant ?? 'primary']}
      >
        {pending ? 'Сохраняем…' : props.submitLabel}
      </button>
      {result && !result.ok && (
        <div role="alert" className={styles.error}>
          {result.error}
          {result.fieldErrors && (
            <ul>
              {Object.entries(result.fieldErrors).map(([field, message]) => (
                <li key={field}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {result?.ok && props.successMessage && (
        <p role="status" className={styles.success}>
          {props.successMessage}
        </p>
      )}
    </form>
  );
}
