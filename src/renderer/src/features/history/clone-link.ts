import type { CreateLinkRequest } from '@shared/domain/link';
import type { LinkRecord } from '@shared/domain/link-record';
import type { Language } from '@shared/domain/settings';
import { prefillNewLink } from '../new-link';

/**
 * A new link request with the same sale as an old one (amount, description, customer, options),
 * under a new reference. The expiry is left to the form: an old instant would be in the past.
 */
export function requestFromRecord(record: LinkRecord, reference: string, language: Language): CreateLinkRequest {
  const request: CreateLinkRequest = {
    reference,
    linkType: record.linkType,
    amount: record.amount,
    description: record.description,
    customer: { ...record.customer },
    maxInstallments: record.maxInstallments,
    language,
    notifyBySms: false,
    notifyByEmail: false,
  };
  if (record.maxAmountMinor !== undefined) request.maxAmountMinor = record.maxAmountMinor;
  if (record.cashPriceInstallments !== undefined) request.cashPriceInstallments = record.cashPriceInstallments;
  return request;
}

/**
 * "Create a similar link": opens the New link form filled from this link, with a fresh reference.
 * False when its account is gone or a link is being created right now.
 */
export function cloneLink(record: LinkRecord, language: Language): boolean {
  return prefillNewLink({ accountId: record.accountId, request: requestFromRecord(record, record.reference, language) });
}
