import { totalsOutcomes, type HistoryTotals, type TotalsOutcome } from '@shared/domain/link-record';
import { currencies, formatMoney, type Currency } from '@shared/domain/money';
import { providerIds, providerNames, type ProviderId } from '@shared/domain/provider-id';
import type { Language } from '@shared/domain/settings';

type CurrencySums = HistoryTotals['byCurrency'];

/** How many links per provider; money is shown per outcome only, so no provider line mixes paid and unpaid. */
export interface ProviderTotalsLine {
  provider: ProviderId;
  name: string;
  count: number;
}

/** One outcome's money: `1.250,50 ₺`, one per currency in a fixed order (currencies are never added up). */
export interface OutcomeTotalsLine {
  outcome: TotalsOutcome;
  count: number;
  sums: string[];
}

export interface TotalsView {
  count: number;
  countText: string;
  outcomes: OutcomeTotalsLine[];
  providers: ProviderTotalsLine[];
}

/** Counts grouped the reader's way: `100.000` in Turkish, `100,000` in English. */
export function formatCount(count: number, language: Language): string {
  return new Intl.NumberFormat(language === 'tr' ? 'tr-TR' : 'en-GB', { maximumFractionDigits: 0 }).format(count);
}

/** Sums per currency, formatted `1.250,50 ₺`; currencies without links are left out. */
export function currencySums(byCurrency: CurrencySums): string[] {
  const lines: string[] = [];
  for (const currency of currencies) {
    const row = byCurrency[currency as Currency];
    if (row && row.count > 0) lines.push(formatMoney({ minor: row.sumMinor, currency }));
  }
  return lines;
}

/** What the totals bar shows for the filtered set: the count, money per outcome, then each provider's count. */
export function totalsView(totals: HistoryTotals, language: Language): TotalsView {
  const providers: ProviderTotalsLine[] = [];
  for (const provider of providerIds) {
    const byCurrency = totals.byProvider[provider];
    if (!byCurrency) continue;
    const count = Object.values(byCurrency).reduce((sum, row) => sum + (row?.count ?? 0), 0);
    if (count === 0) continue;
    providers.push({ provider, name: providerNames[provider], count });
  }
  const outcomes = totalsOutcomes.map((outcome) => {
    const byCurrency = totals.byOutcome[outcome] ?? {};
    const count = Object.values(byCurrency).reduce((sum, row) => sum + (row?.count ?? 0), 0);
    return { outcome, count, sums: currencySums(byCurrency) };
  });
  return { count: totals.count, countText: formatCount(totals.count, language), outcomes, providers };
}
