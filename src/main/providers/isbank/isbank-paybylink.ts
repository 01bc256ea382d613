import { userText } from '@shared/i18n/user-text';
import type { IsbankBranch, IsbankInstallment, IsbankInstallmentQuery, IsbankMerchant } from '@shared/domain/isbank-paybylink';
import { linkUrlSchema } from '@shared/domain/link-url';
import { AppFailure, type UserText } from '@shared/result';
import { failure, unreadable, untrustedLinkAnswer } from '../provider-http';
import type { IsbankClient } from './isbank-client';

/**
 * İşbank PayByLink ("Maximum"): look-ups that fill the link form, and link creation. The shapes
 * inside `data` are not published in detail, so rows are read leniently (documented field names
 * first, common alternatives after) and a row that cannot be read is skipped, never guessed.
 */
export const PAYBYLINK_PATH = '/api/isbank/maximum/paybylink/v1';

/** Fields that may hold the link in the create answer (the real one is unverified). */
export const LINK_URL_FIELDS = ['url', 'link', 'payment_link', 'link_url'] as const;
const LINK_ID_FIELDS = ['payment_link_id', 'link_id', 'id', 'reference_no', 'token'] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** The list inside `data`: `data` itself, or the (first) array member of an object. */
export function arrayIn(data: unknown, keys: readonly string[]): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (!isObj(data)) return undefined;
  for (const key of keys) if (Array.isArray(data[key])) return data[key] as unknown[];
  const arrays = Object.values(data).filter(Array.isArray);
  return arrays.length === 1 ? (arrays[0] as unknown[]) : undefined;
}

function pick(row: Obj, keys: readonly string[]): unknown {
  for (const key of keys) if (row[key] !== undefined && row[key] !== null) return row[key];
  return undefined;
}
const digits = (v: unknown, max = 20) =>
  (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) || (typeof v === 'string' && new RegExp(`^\\d{1,${max}}$`).test(v.trim()))
    ? String(v).trim()
    : undefined;
const label = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 300) : undefined);

export function parseMerchants(data: unknown): IsbankMerchant[] | undefined {
  return arrayIn(data, ['merchants', 'items'])?.flatMap((row) => {
    const merchantNo = isObj(row) ? digits(pick(row, ['merchant_no', 'merchantNo', 'merchant_number'])) : digits(row);
    if (!merchantNo) return [];
    const name = isObj(row) ? label(pick(row, ['merchant_name', 'name', 'title', 'trade_name'])) : undefined;
    return [{ merchantNo, ...(name ? { name } : {}) }];
  });
}

export function parseBranches(data: unknown): IsbankBranch[] | undefined {
  return arrayIn(data, ['branches', 'items'])?.flatMap((row) => {
    const no = isObj(row) ? digits(pick(row, ['branch_no', 'branchNo', 'branch_code']), 9) : digits(row, 9);
    if (!no) return [];
    const name = isObj(row) ? label(pick(row, ['branch_name', 'name', 'title'])) : undefined;
    return [{ branchNo: Number(no), ...(name ? { name } : {}) }];
  });
}

export function parseCurrencies(data: unknown): string[] | undefined {
  const rows = arrayIn(data, ['currency_codes', 'currencies', 'items']);
  return rows?.flatMap((row) => {
    const code = isObj(row) ? pick(row, ['currency_code', 'code', 'currency']) : row;
    return typeof code === 'string' && /^[A-Za-z]{3}$/.test(code.trim()) ? [code.trim().toUpperCase()] : [];
  });
}

export function parseInstallments(data: unknown): IsbankInstallment[] | undefined {
  return arrayIn(data, ['installments', 'items'])?.flatMap((row) => {
    const count = Number(
      isObj(row) ? digits(pick(row, ['installment', 'installment_count', 'count', 'number_of_installments']), 2) : digits(row, 2),
    );
    if (!Number.isInteger(count) || count < 1 || count > 36) return [];
    const raw = isObj(row) ? pick(row, ['commission_rate', 'rate', 'description', 'text']) : undefined;
    const detail = typeof raw === 'number' ? String(raw) : label(raw);
    return [{ count, ...(detail ? { detail } : {}) }];
  });
}

export interface PaymentLinkBody {
  language_code: string;
  branch_no: number;
  personal_description: string;
  amount: number;
  merchant_no: number;
  installment: number;
  currency_code: 'TRY';
  is_domestic: boolean;
}

/** The URL from the create answer's `data`, accepting the candidate fields; ids kept as refs. */
export function parseCreatedLink(data: unknown): { url: string; refs: Record<string, string> } | undefined {
  if (!isObj(data)) return undefined;
  const url = LINK_URL_FIELDS.map((k) => data[k]).find(
    (v): v is string => typeof v === 'string' && linkUrlSchema.safeParse(v.trim()).success,
  );
  if (!url) return undefined;
  const refs: Record<string, string> = {};
  for (const key of LINK_ID_FIELDS) {
    const value = data[key];
    if ((typeof value === 'string' && value.trim() && value.length <= 200) || typeof value === 'number') refs[key] = String(value).trim();
  }
  return { url: url.trim(), refs };
}

/** A 404 on a merchant's resources: İşbank does not know the merchant number the account holds. */
function unknownMerchant(merchantNo: string | number): UserText {
  return userText('provider.isbank.unknownMerchant', { merchantNo });
}

const noMerchantList: UserText = userText('provider.isbank.noMerchantList');

export function payByLinkCalls(client: IsbankClient, host: string) {
  const merchantPath = (no: string) => `${PAYBYLINK_PATH}/merchants/${encodeURIComponent(no)}`;
  const read = <T>(value: T[] | undefined, what: string): T[] => {
    if (!value) throw unreadable(host, false, what);
    return value;
  };
  return {
    async merchants(): Promise<IsbankMerchant[]> {
      const { data } = await client.call({ method: 'GET', path: `${PAYBYLINK_PATH}/merchants`, sideEffect: false, what: 'merchants', notFound: noMerchantList });
      return read(parseMerchants(data), 'a merchant list');
    },
    async currencies(merchantNo: string, isDomestic: boolean): Promise<string[]> {
      const path = `${merchantPath(merchantNo)}/available-currency-codes`;
      const { data } = await client.call({ method: 'GET', path, query: { is_domestic: isDomestic }, sideEffect: false, what: 'currencies', notFound: unknownMerchant(merchantNo) });
      return read(parseCurrencies(data), 'a currency list');
    },
    async branches(merchantNo: string): Promise<IsbankBranch[]> {
      const path = `${merchantPath(merchantNo)}/branches`;
      const { data } = await client.call({ method: 'GET', path, sideEffect: false, what: 'branches', notFound: unknownMerchant(merchantNo) });
      return read(parseBranches(data), 'a branch list');
    },
    async installments(q: IsbankInstallmentQuery): Promise<IsbankInstallment[]> {
      const path = `${merchantPath(q.merchantNo)}/Installments`; // capital I as documented
      const query = { branch_no: q.branchNo, currency_code: q.currency, is_domestic: q.isDomestic };
      const { data } = await client.call({ method: 'GET', path, query, sideEffect: false, what: 'installments', notFound: unknownMerchant(q.merchantNo) });
      return read(parseInstallments(data), 'an installment list');
    },
    async create(body: PaymentLinkBody): Promise<{ url: string; refs: Record<string, string> }> {
      const path = `${PAYBYLINK_PATH}/payment-links`;
      const { data } = await client.call({ method: 'POST', path, body, sideEffect: true, what: 'the payment link', notFound: unknownMerchant(body.merchant_no) });
      const created = parseCreatedLink(data);
      const sentUrl = isObj(data) && LINK_URL_FIELDS.some((k) => typeof data[k] === 'string');
      if (!created && sentUrl) throw new AppFailure(untrustedLinkAnswer('İşbank'));
      if (!created) {
        // The link probably exists, but we cannot hand it out: ambiguous, never a blind retry.
        throw failure('ambiguous', `İşbank created the payment link but sent no URL in ${LINK_URL_FIELDS.join('/')}`);
      }
      return created;
    },
  };
}
