import type { ShopPairingCode } from '@shared/domain/shop';
import { formatIstanbulDateTime, formatIstanbulTime, sameIstanbulDay } from '@shared/domain/istanbul-time';
import type { Translate } from '@shared/i18n/translate';

/** `ABCD-EFGH-JKM` → `['ABCD', 'EFGH', 'JKM']`: read aloud group by group. */
export function pairingCodeGroups(code: string): string[] {
  return code.split(/[-\s]+/).filter(Boolean);
}

/** Whether the code can still be typed at another counter (main refuses it after `expiresAt`). */
export function pairingCodeOpen(pairing: Pick<ShopPairingCode, 'expiresAt'>, now: Date = new Date()): boolean {
  return Date.parse(pairing.expiresAt) > now.getTime();
}

/** "Kod tek bir kasa için bir kez kullanılır ve 15 dakika geçerlidir: 14:20 saatine kadar." in Istanbul time (the date too near midnight). */
export function pairingCodeValidText(pairing: Pick<ShopPairingCode, 'expiresAt'>, t: Translate, now: Date = new Date()): string {
  const at = pairing.expiresAt;
  const time = sameIstanbulDay(at, now) ? formatIstanbulTime(at) : formatIstanbulDateTime(at);
  return t('shop.hosting.codeValid', { time });
}
