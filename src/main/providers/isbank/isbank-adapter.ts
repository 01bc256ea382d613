import { userText } from '@shared/i18n/user-text';
import { isbankCapabilities } from '@shared/domain/provider-capabilities';
import type { IsbankBranch, IsbankInstallment, IsbankInstallmentQuery, IsbankMerchant } from '@shared/domain/isbank-paybylink';
import type { CreatedLink } from '@shared/domain/link';
import { minorToMajorNumber, type Money } from '@shared/domain/money';
import { issuesToError } from '@shared/domain/validation';
import { AppFailure, type Result } from '@shared/result';
import { validateIsbankLink } from '@shared/rules/isbank-rules';
import type { ServiceFormModel, ServiceFormValues, ServicePaymentResult } from '@shared/service-spec';
import { asResult, hostOf } from '../provider-http';
import type { ProviderAdapter, ProviderContext } from '../provider';
import { createIsbankClient } from './isbank-client';
import { payByLinkCalls } from './isbank-paybylink';
import { DEFAULT_SERVICE_PATHS, serviceCalls, type IsbankServicePaths } from './isbank-services';
import { IsbankTls } from './isbank-tls';
import { IsbankTokens } from './isbank-token';

/** Re-exported: the table moved to src/shared so the link form reads the same one. */
export { isbankCapabilities };

type Ctx = ProviderContext<'isbank'>;

export const ISBANK_LIVE_URL = 'https://api.isbank.com.tr';
/** UAT host (unverified); accounts can always use `custom`. */
export const ISBANK_TEST_URL = 'https://api.uat.isbank.com.tr';

/** The İşbank adapter plus the look-ups and service payments the forms use. */
export interface IsbankAdapter extends ProviderAdapter<'isbank'> {
  merchants(ctx: Ctx): Promise<Result<IsbankMerchant[]>>;
  branches(ctx: Ctx, merchantNo: string): Promise<Result<IsbankBranch[]>>;
  currencies(ctx: Ctx, merchantNo: string, isDomestic: boolean): Promise<Result<string[]>>;
  installments(ctx: Ctx, query: IsbankInstallmentQuery): Promise<Result<IsbankInstallment[]>>;
  serviceSpec(ctx: Ctx, serviceId: string): Promise<Result<ServiceFormModel>>;
  payService(ctx: Ctx, serviceId: string, values: ServiceFormValues, amount: Money): Promise<Result<ServicePaymentResult>>;
}

export interface IsbankAdapterOptions {
  /** Per-request deadline; tests shorten it. Default: the HTTP client's 20 s. */
  timeoutMs?: number;
  /** An extra CA (PEM) to trust on mutual-TLS connections: tests and private UAT hosts. */
  trustedCa?: string;
  /** Service payment endpoints (unverified defaults in DEFAULT_SERVICE_PATHS). */
  servicePaths?: Partial<IsbankServicePaths>;
}

/** One instance per core: it owns the token cache and the TLS agents (closed by `dispose` when the core stops). */
export function createIsbankAdapter(options: IsbankAdapterOptions = {}): IsbankAdapter {
  const tls = new IsbankTls(options.trustedCa);
  const tokens = new IsbankTokens(tls, options.timeoutMs);
  const paths = { ...DEFAULT_SERVICE_PATHS, ...options.servicePaths };
  const client = (ctx: Ctx) => createIsbankClient(ctx, tokens, tls, options.timeoutMs);
  const payByLink = (ctx: Ctx) => payByLinkCalls(client(ctx), hostOf(ctx.baseUrl));

  const adapter: IsbankAdapter = {
    id: 'isbank',
    capabilities: isbankCapabilities,
    baseUrls: { live: ISBANK_LIVE_URL, test: ISBANK_TEST_URL },

    testConnection: (ctx) =>
      asResult(async () => {
        await tokens.token(ctx, { fresh: true });
        const merchants = await payByLink(ctx).merchants();
        const numbers = merchants.map((m) => m.merchantNo).join(', ').slice(0, 400);
        return {
          detail: userText('provider.test.isbank', { count: merchants.length, numbers }),
        };
      }),

    createLink: (ctx, request) =>
      asResult(async (): Promise<CreatedLink> => {
        const invalid = issuesToError(validateIsbankLink(request, ctx.clock.now()));
        if (invalid) throw new AppFailure(invalid);
        const options = request.isbank!;
        const merchantNo = Number(options.merchantNo);
        if (!Number.isSafeInteger(merchantNo)) {
          throw AppFailure.of('invalid-input', 'The İşbank merchant number is too long', { field: 'isbank.merchantNo' });
        }
        const created = await payByLink(ctx).create({
          language_code: request.language,
          branch_no: options.branchNo,
          personal_description: request.description,
          amount: minorToMajorNumber(request.amount.minor),
          merchant_no: merchantNo,
          installment: request.maxInstallments,
          currency_code: 'TRY',
          is_domestic: options.isDomestic,
        });
        return { url: created.url, providerRefs: { ...created.refs, merchantNo: options.merchantNo } };
      }),

    merchants: (ctx) => asResult(() => payByLink(ctx).merchants()),
    branches: (ctx, merchantNo) => asResult(() => payByLink(ctx).branches(merchantNo)),
    currencies: (ctx, merchantNo, isDomestic) => asResult(() => payByLink(ctx).currencies(merchantNo, isDomestic)),
    installments: (ctx, query) => asResult(() => payByLink(ctx).installments(query)),
    serviceSpec: (ctx, serviceId) => asResult(() => serviceCalls(client(ctx), paths).spec(serviceId)),
    payService: (ctx, serviceId, values, amount) => asResult(() => serviceCalls(client(ctx), paths).pay(serviceId, values, amount)),
    dispose: () => tls.close(),
    extras: (ctx) => ({
      isbank: {
        merchants: () => adapter.merchants(ctx),
        branches: (merchantNo) => adapter.branches(ctx, merchantNo),
        currencies: (merchantNo, isDomestic) => adapter.currencies(ctx, merchantNo, isDomestic),
        installments: (query) => adapter.installments(ctx, query),
        serviceSpec: (serviceId) => adapter.serviceSpec(ctx, serviceId),
        payService: (serviceId, values, amount) => adapter.payService(ctx, serviceId, values, amount),
      },
    }),
  };
  return adapter;
}

/** Narrows a registry entry to the İşbank adapter with its look-ups and service payments. */
export function isIsbankAdapter(adapter: ProviderAdapter<'isbank'> | undefined): adapter is IsbankAdapter {
  return adapter?.id === 'isbank' && typeof (adapter as Partial<IsbankAdapter>).merchants === 'function';
}
