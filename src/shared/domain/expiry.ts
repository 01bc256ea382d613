import { ISBANK_LINK_VALIDITY_MS } from '../rules/isbank-rules';
import { toPaynetExpireHours } from '../rules/paynet-rules';
import { toPaytrDateTime } from '../rules/paytr-rules';
import type { ProviderCapabilities } from './capabilities';
import { endOfIstanbulDay as endOfIstanbulDayAt, instantOfIstanbulWallTime, istanbulDate } from './istanbul-time';
import type { ExpiryPreset } from './settings';
import { issue, type ValidationIssue } from './validation';

/**
 * Expiry as the shop owner picks it (1 hour, today, 1 day, 3 days, 1 week, custom, or the
 * provider's default) → the one instant a CreateLinkRequest carries → each provider's own form
 * (PayTR datetime, Paynet whole hours, Ödüyo date, İşbank's fixed one day). Pure: `now` is passed in.
 */
export type ExpiryForm = ProviderCapabilities['expiry'];

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

const fixedDurations: Partial<Record<ExpiryPreset, number>> = { '1h': HOUR_MS, '1d': DAY_MS, '3d': 3 * DAY_MS, '1w': 7 * DAY_MS };

/** The presets that mean something for a provider's expiry form, in the order the form offers them. */
export function expiryPresetsFor(form: ExpiryForm): ExpiryPreset[] {
  switch (form) {
    case 'date':
      // A date has no hours: "1 hour" would silently become "today".
      return ['today', '1d', '3d', '1w', 'custom', 'provider-default'];
    case 'one-day':
      // İşbank links live one day at most: longer presets could never be honoured.
      return ['1h', 'today', '1d', 'custom', 'provider-default'];
    default:
      return ['1h', 'today', '1d', '3d', '1w', 'custom', 'provider-default'];
  }
}

/** The custom input kind: a date for date-only providers, a date and time otherwise. */
export const customExpiryInput = (form: ExpiryForm): 'date' | 'datetime-local' => (form === 'date' ? 'date' : 'datetime-local');

/** The last second of the Turkish calendar day that `ms` falls on, as epoch ms. */
function endOfIstanbulDay(ms: number): number {
  return endOfIstanbulDayAt(new Date(ms)).getTime();
}

/** `YYYY-MM-DDTHH:MM[:SS]` (datetime-local) or `YYYY-MM-DD` read as Turkish time; null when malformed. */
export function parseIstanbulLocal(text: string, form: ExpiryForm): number | null {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (date && form === 'date') {
    const [year, month, day] = date.slice(1, 4).map(Number) as [number, number, number];
    const start = instantOfIstanbulWallTime({ year, month, day, hour: 0, minute: 0, second: 0 });
    return start === null ? null : endOfIstanbulDay(start.getTime());
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m || form === 'date') return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  return instantOfIstanbulWallTime({ year, month, day, hour, minute, second })?.getTime() ?? null;
}

export type ExpiryChoice = { ok: true; expiresAt: string | undefined } | { ok: false; issue: ValidationIssue };

/**
 * The instant for a preset, computed when the link is submitted (so "1 hour" means one hour from
 * creation). `provider-default` leaves the expiry to the provider (undefined).
 */
export function expiryInstant(preset: ExpiryPreset, form: ExpiryForm, now: Date, customText = ''): ExpiryChoice {
  const nowMs = now.getTime();
  if (preset === 'provider-default') return { ok: true, expiresAt: undefined };
  if (preset === 'today') return { ok: true, expiresAt: new Date(endOfIstanbulDay(nowMs)).toISOString() };
  if (preset === 'custom') {
    if (customText.trim() === '') {
      return { ok: false, issue: issue('expiresAt', 'Son geçerlilik zamanını seçin.', 'Choose the expiry time.') };
    }
    const ms = parseIstanbulLocal(customText, form);
    if (ms === null) {
      return { ok: false, issue: issue('expiresAt', 'Son geçerlilik zamanı geçersiz.', 'The expiry time is not valid.') };
    }
    return { ok: true, expiresAt: new Date(ms).toISOString() };
  }
  const duration = fixedDurations[preset] ?? DAY_MS;
  // Date-only providers keep the whole last day: "1 day" is the end of tomorrow, not a time tomorrow.
  const target = form === 'date' ? endOfIstanbulDay(nowMs + duration) : nowMs + duration;
  return { ok: true, expiresAt: new Date(target).toISOString() };
}

/** What the provider will actually receive for an instant (shown under the expiry field). */
export type ProviderExpiry =
  | { form: 'datetime'; text: string }
  | { form: 'hours'; hours: number }
  | { form: 'date'; date: string }
  | { form: 'one-day'; withinLimit: boolean };

export function toProviderExpiry(form: ExpiryForm, expiresAt: string, now: Date): ProviderExpiry | null {
  const ms = Date.parse(expiresAt);
  if (!Number.isFinite(ms)) return null;
  switch (form) {
    case 'datetime': {
      const text = toPaytrDateTime(expiresAt);
      return text === null ? null : { form, text };
    }
    case 'hours': {
      const hours = toPaynetExpireHours(expiresAt, now);
      return hours === null ? null : { form, hours };
    }
    case 'date':
      return { form, date: istanbulDate(new Date(ms)) };
    case 'one-day': {
      const left = ms - now.getTime();
      return { form, withinLimit: left > 0 && left <= ISBANK_LINK_VALIDITY_MS };
    }
  }
}
