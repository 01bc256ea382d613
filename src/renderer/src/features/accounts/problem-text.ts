import type { Translate } from '@shared/i18n/translate';
import type { Problem } from './account-form-model';

export function problemText(problem: Problem | undefined, t: Translate): string | undefined {
  if (!problem) return undefined;
  switch (problem.key) {
    case 'validation.tooLong':
    case 'validation.digits':
      return t(problem.key, { max: problem.max });
    default:
      return t(problem.key);
  }
}
