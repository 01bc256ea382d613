import { AppFailure } from '@shared/result';

/**
 * Why a slip did not reach the receipt printer, in the shop owner's words. The link itself is
 * safe in history whatever happened here, so each message ends with what to check, and the
 * slip can be printed again from the link.
 */
export const printerFailures = {
  refused: (where: string) =>
    AppFailure.of('network', `The receipt printer refused the connection (${where})`, {
      userMessage: {
        tr: `Fiş yazıcısı bağlantıyı kabul etmedi (${where}). Yazıcının açık olduğunu ve adresin doğru olduğunu kontrol edin; fiş kaybolmadı, yeniden basabilirsiniz.`,
        en: `The receipt printer refused the connection (${where}). Check that it is on and that the address is right; the slip is not lost, you can print it again.`,
      },
    }),
  unreachable: (where: string, reason: string) =>
    AppFailure.of('network', `The receipt printer cannot be reached (${where}): ${reason}`, {
      userMessage: {
        tr: `Fiş yazıcısına ulaşılamıyor (${where}). Yazıcının açık ve aynı ağda olduğunu kontrol edin; fiş kaybolmadı, yeniden basabilirsiniz.`,
        en: `The receipt printer cannot be reached (${where}). Check that it is on and on the same network; the slip is not lost, you can print it again.`,
      },
    }),
  noAnswer: (where: string, seconds: number) =>
    AppFailure.of('timeout', `The receipt printer did not answer within ${seconds} s (${where})`, {
      userMessage: {
        tr: `Fiş yazıcısı ${seconds} saniye içinde yanıt vermedi (${where}). Yazıcı kapalı ya da kablosu çıkmış olabilir; fiş kaybolmadı, yeniden basabilirsiniz.`,
        en: `The receipt printer did not answer within ${seconds} s (${where}). It may be off or unplugged; the slip is not lost, you can print it again.`,
      },
    }),
  stalled: (where: string, seconds: number) =>
    AppFailure.of('timeout', `The receipt printer stopped taking data for ${seconds} s (${where})`, {
      userMessage: {
        tr: `Fiş yazıcısı ${seconds} saniyedir veri almıyor (${where}). Kağıdı bitmiş, kapağı açık ya da meşgul olabilir; kontrol edip yeniden basın.`,
        en: `The receipt printer has taken no data for ${seconds} s (${where}). It may be out of paper, its cover open, or busy; check it and print again.`,
      },
    }),
  portMissing: (where: string) =>
    AppFailure.of('not-found', `The serial port does not exist (${where})`, {
      userMessage: {
        tr: `Seri port bulunamadı (${where}). Yazıcının kablosu takılı mı? Ayarlar → Yazıcı'da portu yeniden seçin.`,
        en: `The serial port was not found (${where}). Is the printer's cable plugged in? Choose the port again in Settings → Printer.`,
      },
    }),
  portBusyOrDenied: (where: string, reason: string) =>
    AppFailure.of('network', `The serial port cannot be opened (${where}): ${reason}`, {
      userMessage: {
        tr: `Seri port açılamadı (${where}). Başka bir program kullanıyor olabilir ya da bu kullanıcının izni yok (Linux: dialout grubu).`,
        en: `The serial port could not be opened (${where}). Another program may be using it, or this user lacks permission (Linux: the dialout group).`,
      },
    }),
  serialUnavailable: (reason: string) =>
    AppFailure.of('unsupported', `Serial printing is not available: ${reason}`, {
      userMessage: {
        tr: 'Seri port desteği bu kurulumda yüklenemedi. Ağ yazıcısı ya da sistem yazdırması kullanın.',
        en: 'Serial port support could not be loaded in this installation. Use a network printer or system printing.',
      },
    }),
  notConfigured: () =>
    AppFailure.of('invalid-input', 'No receipt printer is set up for direct printing', {
      userMessage: {
        tr: 'Doğrudan yazdırma için fiş yazıcısı ayarlanmamış: Ayarlar → Yazıcı.',
        en: 'No receipt printer is set up for direct printing: Settings → Printer.',
      },
    }),
};

/** Seconds for a message: 2500 ms → 2.5, 3000 ms → 3. */
export function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}
