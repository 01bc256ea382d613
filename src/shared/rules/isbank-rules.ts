import type { CreateLinkRequest } from '../domain/link';
import { issue, type ValidationIssue } from '../domain/validation';
import { providerSendingIssues } from './provider-sending-rule';

/** İşbank PayByLink links live one day; a later expiry cannot be honoured. */
export const ISBANK_LINK_VALIDITY_MS = 24 * 60 * 60 * 1000;

/**
 * What İşbank PayByLink can take, checked before any request (the form shows the same issues):
 * an amount link in Turkish lira for a chosen merchant and branch, valid for at most one day.
 */
export function validateIsbankLink(req: CreateLinkRequest, now: Date): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (req.linkType !== 'amount') {
    issues.push(issue('linkType', 'İşbank yalnızca tutarlı link oluşturur.', 'İşbank creates amount links only.'));
  }
  if (req.amount.currency !== 'TRY') {
    issues.push(issue('amount', 'İşbank linkleri yalnızca Türk lirası ile oluşturulur.', 'İşbank links are in Turkish lira only.'));
  }
  if (!req.isbank) {
    issues.push(
      issue('isbank.merchantNo', 'İşbank için üye işyeri ve şube seçin.', 'Choose the İşbank merchant and branch.'),
    );
  }
  if (req.expiresAt) {
    const expires = new Date(req.expiresAt).getTime();
    if (expires <= now.getTime()) {
      issues.push(issue('expiresAt', 'Son geçerlilik zamanı geçmiş olamaz.', 'The expiry cannot be in the past.'));
    } else if (expires - now.getTime() > ISBANK_LINK_VALIDITY_MS) {
      issues.push(
        issue(
          'expiresAt',
          'İşbank linkleri en fazla bir gün geçerlidir; daha yakın bir zaman seçin.',
          'İşbank links are valid for one day at most; choose an earlier expiry.',
        ),
      );
    }
  }
  issues.push(...providerSendingIssues(req, 'İşbank'));
  return issues;
}
