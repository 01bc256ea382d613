import type { ProviderCapabilities } from './capabilities';
import type { ProviderId } from './provider-id';

/**
 * What each provider can do, in one place that both sides read: the adapters declare these as
 * their capabilities and the link form shows only what the chosen account's provider supports.
 */
export const paytrCapabilities: ProviderCapabilities = {
  linkTypes: ['product', 'collection', 'flex'],
  currencies: ['TRY', 'EUR', 'USD', 'GBP', 'RUB'],
  installments: true,
  cashPriceInstallments: true,
  quantityAndStock: true,
  expiry: 'datetime',
  providerSms: 'after-create',
  providerEmail: 'after-create',
  requiresCustomerName: false,
  cancel: true,
  // The Link API has no get/list call and the report does not identify links.
  statusLookup: false,
  lookupByReference: false,
  customerAccounts: false,
};

export const paynetCapabilities: ProviderCapabilities = {
  linkTypes: ['amount'],
  currencies: ['TRY'],
  // PayLink has no installment field: the payer's options come from the Paynet account.
  installments: false,
  cashPriceInstallments: false,
  quantityAndStock: false,
  expiry: 'hours',
  providerSms: 'at-create',
  providerEmail: 'at-create',
  requiresCustomerName: true,
  cancel: true,
  statusLookup: true,
  lookupByReference: true,
  customerAccounts: false,
};

export const oduyoCapabilities: ProviderCapabilities = {
  linkTypes: ['amount', 'open-amount'],
  currencies: ['TRY'],
  installments: true,
  cashPriceInstallments: false,
  quantityAndStock: false,
  expiry: 'date',
  providerSms: 'none',
  providerEmail: 'none',
  requiresCustomerName: false,
  cancel: false,
  statusLookup: true,
  // Ödüyo knows nothing of our reference, and payment_select needs the paymentsendid that only
  // the (lost) create answer carries: an unknown create cannot be reconciled automatically.
  lookupByReference: false,
  customerAccounts: true,
};

export const isbankCapabilities: ProviderCapabilities = {
  linkTypes: ['amount'],
  currencies: ['TRY'],
  installments: true,
  cashPriceInstallments: false,
  quantityAndStock: false,
  expiry: 'one-day',
  providerSms: 'none',
  providerEmail: 'none',
  requiresCustomerName: false,
  cancel: false,
  // No link query or webhook is documented for PayByLink: status is entered by the user.
  statusLookup: false,
  lookupByReference: false,
  customerAccounts: false,
};

export const providerCapabilities: Readonly<Record<ProviderId, ProviderCapabilities>> = {
  paytr: paytrCapabilities,
  paynet: paynetCapabilities,
  oduyo: oduyoCapabilities,
  isbank: isbankCapabilities,
};
