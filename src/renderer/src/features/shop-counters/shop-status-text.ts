import type { Language } from '@shared/domain/settings';
import type { ShopStatus } from '@shared/domain/shop';
import { formatIstanbulDateTime, formatIstanbulTime, sameIstanbulDay } from '@shared/domain/istanbul-time';
import { sayUserText } from '@shared/i18n/user-text';
import type { Translate } from '@shared/i18n/translate';

/** When this counter last synced, in Istanbul time: `14:05` today, `21.11.2026 18:40` on an earlier day, or "not yet". */
export function lastSyncedText(status: Pick<ShopStatus, 'lastSyncedAt'>, t: Translate, now: Date = new Date()): string {
  const at = status.lastSyncedAt;
  if (!at) return t('shop.state.never');
  return sameIstanbulDay(at, now) ? formatIstanbulTime(at) : formatIstanbulDateTime(at);
}

/** Why main stopped or could not reach the shop, in the owner's language (no log text ever). */
export function shopProblemText(status: Pick<ShopStatus, 'problem'>, language: Language): string | undefined {
  return status.problem ? sayUserText(status.problem, language) : undefined;
}

/**
 * The shop connection's state in one sentence, for the Settings section: "Bağlı — son eşitleme
 * 14:05", "Bağlantı yok — son eşitleme 13:58; bu kasa çalışmaya devam ediyor", "Sunucu bu kasayı
 * kabul etmedi: <why>".
 */
export function shopStateLine(status: ShopStatus, t: Translate, language: Language, now: Date = new Date()): string {
  const time = lastSyncedText(status, t, now);
  switch (status.state) {
    case 'online':
      return t('shop.state.online', { time });
    case 'offline':
      return t('shop.state.offline', { time });
    case 'refused': {
      const problem = shopProblemText(status, language);
      return problem ? t('shop.state.refusedBecause', { problem }) : t('shop.state.refused');
    }
    default:
      return t('shop.state.connecting');
  }
}

/** The quiet line under the navigation: "Son eşitleme 14:05", "Bağlantı yok · 13:58", refused; nothing when off. */
export function shopIndicatorText(status: ShopStatus, t: Translate, now: Date = new Date()): string | undefined {
  const time = lastSyncedText(status, t, now);
  switch (status.state) {
    case 'off':
      return undefined;
    case 'online':
      return t('shop.indicator.online', { time });
    case 'offline':
      return t('shop.indicator.offline', { time });
    case 'refused':
      return t('shop.state.refused');
    default:
      return t('shop.state.connecting');
  }
}
