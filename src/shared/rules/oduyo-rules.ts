import type { CreateLinkRequest } from '../domain/link';
import { issue, type ValidationIssue } from '../domain/validation';
import { istanbulDate } from '../domain/istanbul-time';
import { providerSendingIssues } from './provider-sending-rule';

/**
 * What Ödüyo can take, checked before any request (the form shows the same issues): a customer
 * account ("cari") is always needed, amounts are Turkish lira, the expiry is a Turkish date, and
 * the open-amount link (`payLink/getlink`) takes nothing but the customer account.
 */
export function validateOduyoLink(req: CreateLinkRequest, now: Date = new Date()): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (req.linkType !== 'amount' && req.linkType !== 'open-amount') {
    issues.push(
      issue('linkType', 'Ödüyo yalnızca tutarlı veya açık tutarlı link oluşturur.', 'Ödüyo creates amount or open-amount links only.'),
    );
  }
  if (!req.customer.oduyoCustomerId) {
    issues.push(
      issue(
        'customer.oduyoCustomerId',
        'Ödüyo için bir cari hesap seçin veya oluşturun.',
        'Choose or create an Ödüyo customer account.',
      ),
    );
  }
  if (req.amount.currency !== 'TRY') {
    issues.push(issue('amount', 'Ödüyo linkleri yalnızca Türk lirası ile oluşturulur.', 'Ödüyo links are in Turkish lira only.'));
  }
  if (req.linkType === 'open-amount') {
    if (req.expiresAt) {
      issues.push(
        issue('expiresAt', 'Açık tutarlı Ödüyo linkine son ödeme tarihi verilemez.', 'An open-amount Ödüyo link takes no expiry date.'),
      );
    }
    if (req.maxInstallments > 1) {
      issues.push(
        issue('maxInstallments', 'Açık tutarlı Ödüyo linkinde taksit seçilemez.', 'An open-amount Ödüyo link takes no installments.'),
      );
    }
  } else if (req.expiresAt && istanbulDate(new Date(req.expiresAt)) < istanbulDate(now)) {
    issues.push(issue('expiresAt', 'Son ödeme tarihi geçmiş olamaz.', 'The last payment date cannot be in the past.'));
  }
  issues.push(...providerSendingIssues(req, 'Ödüyo'));
  return issues;
}
