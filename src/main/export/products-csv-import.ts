import { linkTypeSchema } from '@shared/domain/link';
import { currencySchema } from '@shared/domain/money';
import { PRODUCT_NAME_MAX, productDraftSchema, unsupportedOption, type ProductDraft, type ProductProviderOptions } from '@shared/domain/product';
import { providerNames, type ProviderId } from '@shared/domain/provider-id';
import { isAboveShopLimit, readAmountText } from '@shared/rules/amount-rules';
import type { MessageKey } from '@shared/i18n/catalog';
import type { TranslateArgs } from '@shared/i18n/translate';
import { userText } from '@shared/i18n/user-text';
import type { LocalizedText, UserText } from '@shared/result';

/** Main's own words for a bad row, or the shared amount rule's issue (both languages). */
export type RowReason = UserText | LocalizedText;
import { csvRows, type CsvRow } from './products-csv';

export interface BadRow {
  line: number;
  reason: RowReason;
}

export interface ProductsImport {
  drafts: ProductDraft[];
  bad: BadRow[];
}

const YES = new Set(['evet', 'e', 'yes', 'y', '1', 'true', 'doğru', '']);
const NO = new Set(['hayır', 'hayir', 'h', 'no', 'n', '0', 'false', 'yanlış']);

/**
 * Reads a products CSV (the columns productsCsv writes): every good row becomes a draft, every bad
 * one is named with its line and why. A first line whose price is not an amount is the header.
 */
export function readProductsCsv(text: string, limitMinor: number): ProductsImport {
  const rows = csvRows(text);
  const first = rows[0];
  if (first && first.line === 1 && readAmountText(first.cells[1] ?? '').ok === false) rows.shift();
  const drafts: ProductDraft[] = [];
  const bad: BadRow[] = [];
  for (const row of rows) {
    const read = readRow(row, limitMinor);
    if ('reason' in read) bad.push({ line: row.line, reason: read.reason });
    else drafts.push(read.draft);
  }
  return { drafts, bad };
}

function readRow({ cells }: CsvRow, limitMinor: number): { draft: ProductDraft } | { reason: RowReason } {
  const cell = (index: number) => (cells[index] ?? '').trim();
  const name = cell(0);
  if (!name) return why('answer.productsCsv.noName');
  if (name.length > PRODUCT_NAME_MAX) return why('answer.productsCsv.nameTooLong', { max: PRODUCT_NAME_MAX });
  const amount = readAmountText(cell(1));
  if (!amount.ok) return { reason: amount.issue.message };
  if (isAboveShopLimit(amount.minor, limitMinor)) {
    return why('answer.products.aboveLimit');
  }
  const currency = currencySchema.safeParse(cell(2).toUpperCase() || 'TRY');
  if (!currency.success) return why('answer.productsCsv.currency', { currency: cell(2) });
  const vat = cell(3).toLocaleLowerCase('tr');
  if (!YES.has(vat) && !NO.has(vat)) return why('answer.productsCsv.vat');
  const options: Partial<Record<ProviderId, ProductProviderOptions>> = {};
  const presets: [ProviderId, string, string][] = [
    ['paytr', cell(4), cell(5)],
    ['oduyo', cell(6), cell(7)],
    ['isbank', '', cell(8)],
  ];
  for (const [provider, linkType, installments] of presets) {
    const read = providerOptions(provider, linkType, installments);
    if (read && 'reason' in read) return read;
    if (read) options[provider] = read.options;
  }
  const draft = productDraftSchema.safeParse({
    name,
    price: { minor: amount.minor, currency: currency.data },
    vatIncluded: !NO.has(vat),
    ...(Object.keys(options).length > 0 ? { options } : {}),
  });
  return draft.success ? { draft: draft.data } : why('answer.productsCsv.unreadable');
}

function providerOptions(provider: ProviderId, linkType: string, installments: string): { options: ProductProviderOptions } | { reason: RowReason } | undefined {
  const name = providerNames[provider];
  const options: ProductProviderOptions = {};
  if (linkType) {
    const parsed = linkTypeSchema.safeParse(linkType.toLowerCase());
    if (!parsed.success) return why('answer.productsCsv.linkType', { provider: name, linkType });
    options.linkType = parsed.data;
  }
  if (installments) {
    if (!/^\d{1,2}$/.test(installments) || Number(installments) < 1 || Number(installments) > 12) {
      return why('answer.productsCsv.installments', { provider: name });
    }
    options.maxInstallments = Number(installments);
  }
  const unsupported = unsupportedOption(provider, options);
  if (unsupported === 'linkType') return why('answer.productsCsv.noSuchLinkType', { provider: name, linkType });
  if (unsupported) return why('answer.productsCsv.noInstallments', { provider: name });
  return Object.keys(options).length > 0 ? { options } : undefined;
}

/** A bad row's reason: a catalog sentence (main's words) with its parameters. */
function why<K extends MessageKey>(key: K, ...args: TranslateArgs<K>): { reason: RowReason } {
  return { reason: userText(key, ...args) };
}
