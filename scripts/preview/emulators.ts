import { startIsbankEmulator } from '../../test/emulators/isbank/isbank-emulator';
import { startOduyoEmulator } from '../../test/emulators/oduyo/oduyo-emulator';
import { startPaynetEmulator } from '../../test/emulators/paynet/paynet-emulator';
import { startPaytrEmulator } from '../../test/emulators/paytr/paytr-emulator';

export interface RunningEmulator {
  name: string;
  baseUrl: string;
  /** What to type into the account form to use this emulator (emulator-only values). */
  credentials: Record<string, string>;
}

/** Starts one emulator per provider on 127.0.0.1 for the browser preview and benchmarks. */
export async function startAllEmulators(): Promise<{ list: RunningEmulator[]; stop(): Promise<void> }> {
  const paytr = await startPaytrEmulator();
  const paynet = await startPaynetEmulator();
  const oduyo = await startOduyoEmulator();
  const isbank = await startIsbankEmulator();
  return {
    list: [
      { name: 'PayTR', baseUrl: paytr.url, credentials: { ...paytr.keys } },
      { name: 'Paynet', baseUrl: paynet.url, credentials: { secretKey: paynet.secretKey } },
      { name: 'Ödüyo', baseUrl: oduyo.baseUrl, credentials: { ...oduyo.credentials } },
      { name: 'İşbank', baseUrl: isbank.baseUrl, credentials: { ...isbank.credentials } },
    ],
    async stop() {
      await Promise.all([paytr.stop(), paynet.stop(), oduyo.stop(), isbank.stop()]);
    },
  };
}
