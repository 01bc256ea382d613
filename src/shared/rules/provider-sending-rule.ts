import type { CreateLinkRequest } from '../domain/link';
import { issue, type ValidationIssue } from '../domain/validation';

/** For providers that never send a link by SMS / e-mail themselves: asking them to is an input error. */
export function providerSendingIssues(req: CreateLinkRequest, providerName: string): ValidationIssue[] {
  if (!req.notifyBySms && !req.notifyByEmail) return [];
  return [
    issue(
      req.notifyBySms ? 'notifyBySms' : 'notifyByEmail',
      `${providerName} linki kendisi SMS veya e-posta ile göndermez; linki uygulamadan paylaşın.`,
      `${providerName} does not send the link by SMS or e-mail itself; share it from the app.`,
    ),
  ];
}
