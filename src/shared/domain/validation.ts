import type { LocalizedText } from '../result';
import { fail, type AppError } from '../result';

/** One broken rule, tied to a form field, with the message in both UI languages. */
export interface ValidationIssue {
  field: string;
  message: LocalizedText;
}

export const issue = (field: string, tr: string, en: string): ValidationIssue => ({ field, message: { tr, en } });

/** The first issue as an `invalid-input` error (main returns it; the form shows all issues itself). */
export function issuesToError(issues: readonly ValidationIssue[]): AppError | undefined {
  const first = issues[0];
  if (!first) return undefined;
  return fail('invalid-input', `Invalid ${first.field}: ${first.message.en}`, {
    field: first.field,
    userMessage: first.message,
  }).error;
}
