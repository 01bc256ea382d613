import type { Currency } from './money';
import type { LinkType } from './link';

/** What one provider can do; the UI shows only these, the link service checks them again. */
export interface ProviderCapabilities {
  linkTypes: readonly LinkType[];
  currencies: readonly Currency[];
  installments: boolean;
  cashPriceInstallments: boolean;
  quantityAndStock: boolean;
  /** How the provider takes an expiry: a datetime, whole hours, a date, or fixed one day. */
  expiry: 'datetime' | 'hours' | 'date' | 'one-day';
  /** The provider sends the link by SMS / e-mail for us (during or after creation). */
  providerSms: 'none' | 'at-create' | 'after-create';
  providerEmail: 'none' | 'at-create' | 'after-create';
  requiresCustomerName: boolean;
  cancel: boolean;
  /** The provider can tell us whether a link was paid. */
  statusLookup: boolean;
  /** After a lost response we can find the link again by our own reference. */
  lookupByReference: boolean;
  customerAccounts: boolean;
}
