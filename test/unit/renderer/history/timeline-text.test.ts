import { describe, expect, it } from 'vitest';
import { timelineKinds, type TimelineEvent } from '../../../../src/shared/domain/link-record';
import { messages } from '../../../../src/shared/i18n/catalog';
import { fail } from '../../../../src/shared/result';
import { timelineKey, timelineLine, timelineLines } from '../../../../src/renderer/src/features/history/timeline-text';

const at = '2026-11-22T11:05:00.000Z';

describe('timeline text', () => {
  it('has a Turkish and an English text for every kind, channel and outcome', () => {
    const channels = ['sms', 'email', 'whatsapp', 'mailto', 'copy', undefined] as const;
    for (const kind of timelineKinds) {
      for (const outcome of ['ok', 'failed'] as const) {
        for (const channel of kind === 'sent' ? channels : [undefined]) {
          const key = timelineKey({ kind, outcome, ...(channel ? { channel } : {}) });
          expect(messages[key], key).toBeDefined();
        }
      }
    }
  });

  it('names the channel of a send and its outcome', () => {
    const sms: TimelineEvent = { at, kind: 'sent', channel: 'sms', outcome: 'ok', detail: '+905551234567' };
    expect(timelineLine(sms, 'tr')).toEqual({
      time: '22.11.2026 14:05',
      title: 'SMS ile gönderildi',
      detail: '+905551234567',
      failed: false,
    });
    expect(timelineLine({ ...sms, channel: 'whatsapp' }, 'en').title).toBe('Shared on WhatsApp');
    expect(timelineLine({ at, kind: 'marked-paid', outcome: 'ok' }, 'tr').title).toBe('Elle ödendi olarak işaretlendi');
    expect(timelineLine({ at, kind: 'qr-shown', outcome: 'ok' }, 'en').title).toBe('QR code shown');
  });

  it('words reminders, why one was dropped, and how PayDesk learnt of an event (codes on the record, words here)', () => {
    expect(timelineLine({ at, kind: 'reminded', channel: 'whatsapp', outcome: 'ok', detail: '+905551234567' }, 'tr')).toMatchObject({
      title: 'Hatırlatma WhatsApp’ta açıldı',
      detail: '+905551234567',
    });
    const dropped = timelineLine({ at, kind: 'reminder-cancelled', outcome: 'ok', detail: 'paid' }, 'en');
    expect(dropped.title).toBe('Reminder stopped: paid');
    expect(dropped.detail).toBeUndefined();
    const confirmed = timelineLine({ at, kind: 'created', outcome: 'ok', note: 'user-confirmed' }, 'en');
    expect(confirmed.detail).toBe('The provider’s answer was lost; the user confirmed it was created (the link address is unknown)');
    // An older record's words in `detail` still read.
    expect(timelineLine({ at, kind: 'created', outcome: 'ok', detail: 'kullanıcı onayladı / confirmed by the user' }, 'tr').detail).toBe('kullanıcı onayladı / confirmed by the user');
  });

  it('gives the reason of a failure in the user words, never the log message', () => {
    const error = fail('provider-rejected', 'PayTR said: token=abc invalid', { providerMessage: 'Gecersiz telefon' }).error;
    const line = timelineLine({ at, kind: 'sent', channel: 'email', outcome: 'failed', error }, 'tr');
    expect(line.failed).toBe(true);
    expect(line.title).toBe('E-posta gönderilemedi');
    expect(line.error).toBe('Sağlayıcı isteği kabul etmedi. Sağlayıcının yanıtı: Gecersiz telefon');
    expect(line.error).not.toContain('token=abc');
    const network = timelineLine({ at, kind: 'status-checked', outcome: 'failed', error: fail('network', 'ECONNREFUSED').error }, 'en');
    expect(network).toMatchObject({ title: 'Status could not be checked', error: 'The provider cannot be reached. Check your internet connection.' });
  });

  it('lists events newest first, blank details left out', () => {
    const lines = timelineLines(
      [
        { at: '2026-11-22T08:00:00Z', kind: 'created', outcome: 'ok', detail: '  ' },
        { at: '2026-11-22T09:30:00Z', kind: 'paid', outcome: 'ok' },
        { at: '2026-11-22T08:01:00Z', kind: 'sent', channel: 'copy', outcome: 'ok' },
      ],
      'tr',
    );
    expect(lines.map((l) => `${l.time} ${l.title}`)).toEqual([
      '22.11.2026 12:30 Ödendi',
      '22.11.2026 11:01 Link kopyalandı',
      '22.11.2026 11:00 Link oluşturuldu',
    ]);
    expect(lines[2]).not.toHaveProperty('detail');
  });
});
