import type { PaidAlert } from '@shared/domain/paid-alert';

/** Cards on screen at once; the rest wait behind a "+N more" line. */
export const VISIBLE_ALERTS = 5;

/** Newest first. A link already in the list moves to the top instead of showing twice. */
export function withAlert(list: readonly PaidAlert[], alert: PaidAlert): PaidAlert[] {
  return [alert, ...list.filter((a) => a.reference !== alert.reference)];
}

export function withoutAlert(list: readonly PaidAlert[], reference: string): PaidAlert[] {
  return list.filter((a) => a.reference !== reference);
}

/** What the stack shows: the newest few, and how many wait behind them. */
export function visibleAlerts(list: readonly PaidAlert[], cap = VISIBLE_ALERTS): { shown: PaidAlert[]; more: number } {
  return { shown: list.slice(0, cap), more: Math.max(0, list.length - cap) };
}

/** Who paid for what, as one line: "Ayşe Yılmaz · Okul çantası", or just the description. */
export function alertSubject(alert: Pick<PaidAlert, 'customerName' | 'description'>): string {
  return [alert.customerName, alert.description].filter((part): part is string => !!part?.trim()).join(' · ');
}
