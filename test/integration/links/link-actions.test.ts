import { withWords } from '../../support/said';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shareMessage, shareSubject } from '../../../src/shared/domain/share-message';
import { allowedExternalHref } from '../../../src/main/external-links';
import { totalRequests } from '../providers/provider-kit';
import { kinds, newReference, startStatusRig, type StatusRig } from '../status/status-kit';

/**
 * Actions on an existing link against the emulators over real HTTP with real history and contact
 * files: cancel (PayTR delete, Paynet status_update; others say why not), mark paid by hand,
 * check status now, timeline notes, and sharing through WhatsApp / the e-mail app.
 */
let rig: StatusRig;
let opened: string[];
beforeEach(async () => {
  rig = await startStatusRig();
  opened = [];
});
afterEach(() => rig.dispose());

const actions = () => rig.actions(async (url) => void opened.push(url));
const get = (reference: string) => rig.history.get(reference)!;

describe('links:cancel', () => {
  it('PayTR: deletes the link at PayTR and records it; a second cancel changes nothing', async () => {
    const link = await rig.createLink('paytr');
    const cancelled = await actions().cancel(link.reference);
    expect(cancelled.status).toBe('cancelled');
    expect(kinds(cancelled)).toEqual(['created:ok', 'cancelled:ok']);
    expect(rig.paytr.links.get(link.providerRefs.id!)!.deleted).toBe(true);

    const requests = totalRequests(rig.paytr.emulator);
    expect(await actions().cancel(link.reference)).toEqual(cancelled);
    expect(totalRequests(rig.paytr.emulator)).toBe(requests);
  });

  it('Paynet: status_update to passive (3); a later look-up agrees', async () => {
    const link = await rig.createLink('paynet');
    expect((await actions().cancel(link.reference)).status).toBe('cancelled');
    expect(rig.paynet.linkByReference(link.reference)!.status).toBe(3);
    expect(rig.paynet.requests.at(-1)).toMatchObject({ path: '/v1/mailorder/status_update' });
    const checked = await actions().checkStatus(link.reference);
    expect(checked).toMatchObject({ status: 'cancelled', statusDetails: { providerStatus: '3' } });
    expect(kinds(checked)).toEqual(['created:ok', 'cancelled:ok']);
  });

  it('a provider refusal is recorded on the timeline with its reason and returned', async () => {
    const link = await rig.createLink('paytr');
    rig.paytr.rejectNext({ status: 'failed', reason: 'Link bulunamadi' }, '/odeme/api/link/delete');
    await expect(actions().cancel(link.reference)).rejects.toMatchObject({ error: { code: 'provider-rejected' } });
    const record = get(link.reference);
    expect(record.status).toBe('active');
    expect(record.timeline.at(-1)).toMatchObject({ kind: 'cancelled', outcome: 'failed', error: { code: 'provider-rejected' } });
  });

  it.each(['oduyo', 'isbank'] as const)('%s: unsupported, saying why in Turkish and English, without a request', async (provider) => {
    const link = await rig.createLink(provider);
    const server = provider === 'oduyo' ? rig.oduyo.server : rig.isbank.server;
    const before = totalRequests(server);
    const refusal = await actions().cancel(link.reference).catch((e: unknown) => e);
    expect(withWords(refusal)).toMatchObject({
      error: {
        code: 'unsupported',
        userMessage: { tr: expect.stringContaining(provider === 'oduyo' ? 'Ödüyo' : 'İşbank'), en: expect.stringMatching(/cancel/) },
      },
    });
    expect(totalRequests(server)).toBe(before);
    expect(kinds(get(link.reference))).toEqual(['created:ok']);
  });

  it('a paid link cannot be cancelled', async () => {
    const link = await rig.createLink('paynet');
    await actions().markPaid(link.reference);
    await expect(actions().cancel(link.reference)).rejects.toMatchObject({ error: { code: 'conflict' } });
  });
});

describe('links:mark-paid', () => {
  it('records the payment as entered by hand (no notification), once', async () => {
    const link = await rig.createLink('paytr');
    const paid = await actions().markPaid(link.reference);
    expect(paid).toMatchObject({ status: 'paid', paidAt: rig.clock.now().toISOString(), paidAmountMinor: 125_050 });
    expect(kinds(paid)).toEqual(['created:ok', 'marked-paid:ok']);
    expect(await actions().markPaid(link.reference)).toEqual(paid);
    expect(rig.notifications).toEqual([]);
  });

  it('a cancelled link cannot be marked paid; an unknown reference is not-found', async () => {
    const link = await rig.createLink('paytr');
    await actions().cancel(link.reference);
    await expect(actions().markPaid(link.reference)).rejects.toMatchObject({ error: { code: 'conflict' } });
    await expect(actions().markPaid(newReference())).rejects.toMatchObject({ error: { code: 'not-found' } });
  });
});

describe('links:check-status', () => {
  it('Paynet: asks now; a payment is recorded and notified', async () => {
    const link = await rig.createLink('paynet');
    expect(await actions().checkStatus(link.reference)).toMatchObject({ status: 'active', statusCheckedAt: expect.any(String) });
    rig.paynet.markPaid(link.reference);
    expect(await actions().checkStatus(link.reference)).toMatchObject({ status: 'paid', paidAmountMinor: 125_050 });
    expect(rig.notifications).toHaveLength(1);
  });

  it('Paynet down: the reason is returned and kept on the timeline', async () => {
    const link = await rig.createLink('paynet');
    rig.paynet.emulator.injectFault({ kind: 'status', status: 502 });
    await expect(actions().checkStatus(link.reference)).rejects.toMatchObject({ error: { code: 'provider-unavailable' } });
    expect(get(link.reference).timeline.at(-1)).toMatchObject({ kind: 'status-checked', outcome: 'failed' });
  });

  it('a link the provider does not know is not-found (and said so once on the timeline)', async () => {
    const link = await rig.createLink('paynet');
    rig.paynet.links.splice(0, rig.paynet.links.length);
    await expect(actions().checkStatus(link.reference)).rejects.toMatchObject({ error: { code: 'not-found' } });
    await expect(actions().checkStatus(link.reference)).rejects.toMatchObject({ error: { code: 'not-found' } });
    expect(kinds(get(link.reference))).toEqual(['created:ok', 'status-checked:failed']);
  });

  it.each(['paytr', 'isbank'] as const)('%s: unsupported with the reason, no request', async (provider) => {
    const link = await rig.createLink(provider);
    const server = provider === 'paytr' ? rig.paytr.emulator : rig.isbank.server;
    const before = totalRequests(server);
    const refusal = await actions().checkStatus(link.reference).catch((e: unknown) => e);
    expect(withWords(refusal)).toMatchObject({ error: { code: 'unsupported', userMessage: { tr: expect.stringContaining('elle'), en: expect.stringContaining('by hand') } } });
    expect(totalRequests(server)).toBe(before);
  });
});

describe('links:note', () => {
  it('puts copy, QR and print on the timeline', async () => {
    const link = await rig.createLink('paytr');
    await actions().note(link.reference, 'copied');
    await actions().note(link.reference, 'qr-shown');
    const printed = await actions().note(link.reference, 'printed', '80mm');
    expect(printed.timeline.slice(1)).toMatchObject([
      { kind: 'sent', channel: 'copy', outcome: 'ok' },
      { kind: 'qr-shown', outcome: 'ok' },
      { kind: 'printed', outcome: 'ok', detail: '80mm' },
    ]);
  });
});

describe('links:share', () => {
  it('WhatsApp: wa.me with the customer number and the Turkish message; recorded; contact remembered', async () => {
    const link = await rig.createLink('paytr');
    const shared = await actions().share(link.reference, 'whatsapp');
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0]!);
    expect(`${url.origin}${url.pathname}`).toBe('https://wa.me/905321234567');
    const text = url.searchParams.get('text')!;
    expect(text).toContain('Merhaba Ayşe Yılmaz,');
    expect(text).toContain('Işıklı Kırtasiye için 1.250,50 ₺ tutarındaki ödemenizi bu linkten yapabilirsiniz:');
    expect(text).toContain(link.url);
    expect(allowedExternalHref(opened[0]!)).toBe(opened[0]);
    expect(shared.timeline.at(-1)).toMatchObject({ kind: 'sent', channel: 'whatsapp', outcome: 'ok', detail: '+905321234567' });
    expect(rig.contacts.list('0532', 5)).toMatchObject([{ name: 'Ayşe Yılmaz', phone: '+905321234567', lastChannel: 'whatsapp' }]);
  });

  it('WhatsApp to a number typed the Turkish way', async () => {
    const link = await rig.createLink('paynet');
    await actions().share(link.reference, 'whatsapp', '0555 111 22 33');
    expect(opened[0]).toMatch(/^https:\/\/wa\.me\/905551112233\?text=/);
    expect(rig.contacts.list('0555 111', 5)).toMatchObject([{ phone: '+905551112233', lastChannel: 'whatsapp' }]);
  });

  it('e-mail app: mailto with subject and body, in English when the settings say so', async () => {
    rig.settings.language = 'en';
    const link = await rig.createLink('paynet');
    const shared = await actions().share(link.reference, 'mailto', 'ayse.yilmaz@example.com');
    const url = new URL(opened[0]!);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('ayse.yilmaz@example.com');
    const facts = {
      language: 'en' as const,
      shopName: 'Işıklı Kırtasiye',
      customerName: 'Ayşe Yılmaz',
      amount: link.amount,
      linkType: link.linkType,
      description: link.description,
      url: link.url!,
    };
    expect(url.searchParams.get('subject')).toBe(shareSubject(facts));
    expect(url.searchParams.get('body')).toBe(shareMessage(facts, '\r\n'));
    expect(shared.timeline.at(-1)).toMatchObject({ kind: 'sent', channel: 'mailto', outcome: 'ok', detail: 'ayse.yilmaz@example.com' });
  });

  it('refuses a recipient that is not a phone / e-mail, and a link that can no longer be paid', async () => {
    const link = await rig.createLink('paytr');
    await expect(actions().share(link.reference, 'whatsapp', 'not a number')).rejects.toMatchObject({
      error: { code: 'invalid-input', field: 'to' },
    });
    await expect(actions().share(link.reference, 'mailto', 'x@y.z?bcc=a@b.c')).rejects.toMatchObject({
      error: { code: 'invalid-input', field: 'to' },
    });
    await actions().markPaid(link.reference);
    await expect(actions().share(link.reference, 'whatsapp')).rejects.toMatchObject({ error: { code: 'conflict' } });
    expect(opened).toEqual([]);
  });

  it('when the OS cannot open it, the failure is recorded and explained', async () => {
    const link = await rig.createLink('paytr');
    const failing = rig.actions(async () => {
      throw new Error('no handler for mailto');
    });
    await expect(failing.share(link.reference, 'mailto').catch((e: unknown) => Promise.reject(withWords(e)))).rejects.toMatchObject({
      error: { code: 'unsupported', userMessage: { tr: expect.stringContaining('E-posta uygulaması') } },
    });
    expect(get(link.reference).timeline.at(-1)).toMatchObject({ kind: 'sent', channel: 'mailto', outcome: 'failed' });
  });
});
