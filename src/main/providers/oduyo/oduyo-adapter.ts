import { userText } from '@shared/i18n/user-text';
import { oduyoCapabilities } from '@shared/domain/provider-capabilities';
import type { CreatedLink, LinkStatusSnapshot } from '@shared/domain/link';
import { majorToMinor, minorToMajorNumber } from '@shared/domain/money';
import type { OduyoCustomer, OduyoCustomerDraft, OduyoCustomerQuery } from '@shared/domain/oduyo-customer';
import { issuesToError } from '@shared/domain/validation';
import { AppFailure, type Result } from '@shared/result';
import { istanbulDate } from '@shared/domain/istanbul-time';
import { validateOduyoLink } from '@shared/rules/oduyo-rules';
import { asResult } from '../provider-http';
import type { LinkRef, ProviderAdapter, ProviderContext } from '../provider';
import { createOduyoClient, type OduyoFilter } from './oduyo-client';
import { OduyoSessions } from './oduyo-session';

/** Re-exported: the table moved to src/shared so the link form reads the same one. */
export { oduyoCapabilities };

type Ctx = ProviderContext<'oduyo'>;

/** The Ödüyo adapter plus the customer-account calls the link form uses. */
export interface OduyoAdapter extends ProviderAdapter<'oduyo'> {
  listCustomers(ctx: Ctx, query: OduyoCustomerQuery): Promise<Result<OduyoCustomer[]>>;
  createCustomer(ctx: Ctx, draft: OduyoCustomerDraft): Promise<Result<OduyoCustomer>>;
}

export interface OduyoAdapterOptions {
  /** Per-request deadline; tests shorten it. Default: the HTTP client's 20 s. */
  timeoutMs?: number;
}

/**
 * One instance lives for the app's lifetime: it owns the session cache, so every call of an
 * account reuses one Ödüyo session until it expires.
 */
export function createOduyoAdapter(options: OduyoAdapterOptions = {}): OduyoAdapter {
  const sessions = new OduyoSessions();
  const client = (ctx: Ctx) => createOduyoClient(ctx, sessions, options.timeoutMs);

  const adapter: OduyoAdapter = {
    id: 'oduyo',
    capabilities: oduyoCapabilities,
    baseUrls: {}, // every merchant has its own host: accounts are `custom`

    testConnection: (ctx) =>
      asResult(async () => {
        await sessions.session(ctx, { fresh: true });
        const rows = await client(ctx).listCustomers({ limit: 1, offset: 0 });
        return {
          detail: userText(rows.length > 0 ? 'provider.test.oduyo.withCustomers' : 'provider.test.oduyo.noCustomers'),
        };
      }),

    createLink: (ctx, request) =>
      asResult(async (): Promise<CreatedLink> => {
        const invalid = issuesToError(validateOduyoLink(request, ctx.clock.now()));
        if (invalid) throw new AppFailure(invalid);
        const customerId = request.customer.oduyoCustomerId!;
        const api = client(ctx);
        const data =
          request.linkType === 'open-amount'
            ? await api.openAmountLink(customerId)
            : await api.getLink({
                customerId,
                price: minorToMajorNumber(request.amount.minor),
                email: request.customer.email,
                installment: request.maxInstallments,
                expireDate: request.expiresAt ? istanbulDate(new Date(request.expiresAt)) : undefined,
              });
        return { url: data.url, providerRefs: { paymentsendid: data.paymentsendid, customerId } };
      }),

    lookup: (ctx, link) => asResult(() => lookup(ctx, link)),

    listCustomers: (ctx, query) =>
      asResult(async () => {
        const rows = await client(ctx).listCustomers({
          filters: customerFilters(query.text),
          limit: query.limit,
          offset: query.offset,
        });
        return rows.map(
          (row): OduyoCustomer => ({
            id: row.id,
            name: row.name,
            email: row.email,
            telephone: row.telephone,
            status: row.status,
            balance: row.balance,
            cardCode: row.current_card_code,
          }),
        );
      }),

    createCustomer: (ctx, draft) =>
      asResult(async () => {
        const telephone = draft.phone ? oduyoTelephone(draft.phone) : undefined;
        const id = await client(ctx).createCustomer({
          name: draft.name,
          current_card_code: draft.cardCode,
          customer_type_1: draft.kind === 'organisation' ? '2' : '1',
          customer_type_2: '1', // buyer
          status: '1', // active
          tax_number: draft.taxNumber,
          tc_number: draft.tcNumber,
          telephone,
          email: draft.email,
          // Documented as required decimals; a new account owes nothing.
          balance: 0,
          balance_current: 0,
          balance_paid: 0,
        });
        return { id, name: draft.name, email: draft.email, telephone, status: '1', cardCode: draft.cardCode };
      }),
    extras: (ctx) => ({
      oduyoCustomers: { list: (query) => adapter.listCustomers(ctx, query), create: (draft) => adapter.createCustomer(ctx, draft) },
    }),
  };
  return adapter;

  /** `3D-SUCCESS` in Ödüyo's payment list → paid; anything else (or nothing yet) → active. */
  async function lookup(ctx: Ctx, link: LinkRef): Promise<LinkStatusSnapshot | null> {
    const paymentsendid = link.providerRefs.paymentsendid;
    if (!paymentsendid) return null;
    const rows = (await client(ctx).selectPayments(paymentsendid)).filter(
      (row) => row.paymentsend_id === undefined || row.paymentsend_id === paymentsendid,
    );
    const paid = rows.find((row) => row.status?.toUpperCase() === '3D-SUCCESS');
    if (!paid) {
      const last = rows.at(-1);
      return { status: 'active', details: last?.status ? { lastAttempt: last.status } : {} };
    }
    const details: Record<string, string> = {};
    for (const [key, value] of Object.entries(paid)) if (value) details[key] = value;
    // The link's own amount is the price without Ödüyo's commission; both are kept in details.
    const amount = paid.total_without_commison ?? paid.total_with_commison;
    const minor = amount ? majorToMinor(amount.replace(',', '.')) : null;
    return {
      status: 'paid',
      ...(minor !== null ? { paidAmountMinor: minor } : {}),
      ...(paid.created_in ? { paidAt: paid.created_in } : {}),
      details,
    };
  }
}

/**
 * Free text → one documented list filter: an e-mail, a phone number, an account id, or a name
 * (LIKE). Ödüyo's OR syntax is not documented well enough to combine them.
 */
export function customerFilters(text: string | undefined): OduyoFilter[] {
  const value = text?.replace(/[%_]/g, '').trim();
  if (!value) return [];
  if (value.includes('@')) return [{ field: 'email', operator: 'LIKE', value: `%${value}%` }];
  const digits = value.replace(/[\s()+-]/g, '');
  if (/^\d+$/.test(digits)) {
    return digits.length >= 7
      ? [{ field: 'telephone', operator: 'LIKE', value: `%${digits.slice(-10)}%` }]
      : [{ field: 'id', operator: '=', value: digits }];
  }
  return [{ field: 'name', operator: 'LIKE', value: `%${value}%` }];
}

/** Turkish numbers as 10 national digits (5321234567); others stay E.164. */
export function oduyoTelephone(e164: string): string {
  return e164.startsWith('+90') ? e164.slice(3) : e164;
}

/** Narrows a registry entry to the Ödüyo adapter with its customer-account calls. */
export function isOduyoAdapter(adapter: ProviderAdapter<'oduyo'> | undefined): adapter is OduyoAdapter {
  return adapter?.id === 'oduyo' && typeof (adapter as Partial<OduyoAdapter>).listCustomers === 'function';
}
