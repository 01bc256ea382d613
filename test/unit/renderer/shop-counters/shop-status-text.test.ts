import { describe, expect, it } from 'vitest';
import type { ShopStatus } from '../../../../src/shared/domain/shop';
import { createTranslator } from '../../../../src/shared/i18n/translate';
import { userText } from '../../../../src/shared/i18n/user-text';
import { lastSyncedText, shopIndicatorText, shopStateLine } from '../../../../src/renderer/src/features/shop-counters/shop-status-text';

const tr = createTranslator('tr');
const en = createTranslator('en');
// 14:30 in Istanbul; the last round at 14:05 the same day, 13:58 for the offline case.
const now = new Date('2026-11-22T11:30:00Z');
const joined = (patch: Partial<ShopStatus>): ShopStatus => ({
  state: 'online',
  counterName: 'Kasa 1',
  server: '192.168.1.20:5432/paydesk',
  shop: 'shop_a',
  pending: 0,
  lastSyncedAt: '2026-11-22T11:05:30Z',
  ...patch,
});

describe('shop status in words', () => {
  it('says when it last synced in Istanbul time: the clock today, the date too on an earlier day, "not yet" before the first round', () => {
    expect(lastSyncedText({ lastSyncedAt: '2026-11-22T11:05:30Z' }, tr, now)).toBe('14:05');
    expect(lastSyncedText({ lastSyncedAt: '2026-11-21T15:40:00Z' }, tr, now)).toBe('21.11.2026 18:40');
    expect(lastSyncedText({}, tr, now)).toBe('henüz yok');
    expect(lastSyncedText({}, en, now)).toBe('not yet');
  });

  it('gives the Settings section one sentence per state, in Turkish and English', () => {
    expect(shopStateLine(joined({}), tr, 'tr', now)).toBe('Bağlı — son eşitleme 14:05');
    expect(shopStateLine(joined({}), en, 'en', now)).toBe('Connected — last synced 14:05');
    const offline = joined({ state: 'offline', lastSyncedAt: '2026-11-22T10:58:00Z', problem: userText('shop.unreachable') });
    expect(shopStateLine(offline, tr, 'tr', now)).toBe('Bağlantı yok — son eşitleme 13:58; bu kasa çalışmaya devam ediyor');
    expect(shopStateLine(joined({ state: 'connecting', lastSyncedAt: undefined }), tr, 'tr', now)).toBe('Bağlanıyor…');
  });

  it('names why the server refused this counter, never a log line', () => {
    const refused = joined({ state: 'refused', problem: userText('shop.password-wrong') });
    expect(shopStateLine(refused, tr, 'tr', now)).toBe('Sunucu bu kasayı kabul etmedi: Sunucu bu kullanıcı adını ya da parolayı kabul etmedi.');
    expect(shopStateLine(refused, en, 'en', now)).toBe('The server did not accept this counter: The server did not accept this user name or password.');
    expect(shopStateLine(joined({ state: 'refused' }), tr, 'tr', now)).toBe('Sunucu bu kasayı kabul etmedi');
  });

  it('keeps the line under the navigation short, and shows nothing on one computer alone', () => {
    expect(shopIndicatorText({ state: 'off', pending: 0 }, tr, now)).toBeUndefined();
    expect(shopIndicatorText(joined({}), tr, now)).toBe('Son eşitleme 14:05');
    expect(shopIndicatorText(joined({ state: 'offline', lastSyncedAt: '2026-11-22T10:58:00Z' }), tr, now)).toBe('Bağlantı yok · 13:58');
    expect(shopIndicatorText(joined({ state: 'offline' }), en, now)).toBe('Offline · 14:05');
    expect(shopIndicatorText(joined({ state: 'refused' }), tr, now)).toBe('Sunucu bu kasayı kabul etmedi');
    // Right after joining, before the first round: connecting, not "no connection".
    expect(shopIndicatorText(joined({ state: 'connecting', lastSyncedAt: undefined }), tr, now)).toBe('Bağlanıyor…');
  });
});
