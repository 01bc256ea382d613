/**
 * The process the crash test kills: a real core on the test's data folder that resumes the
 * outbox and drains it against the parent's Paynet emulator. Bundled by the test (esbuild) so a
 * restart takes a fraction of a second. Args: <dataDir> <keychainEntry> <'drain' | 'final'>.
 * Prints `ready` once the core runs; in `final` mode waits until nothing is left to send, prints
 * `done` and exits.
 */
import { createCore } from '../../../../src/main/core';
import type { CredentialVault } from '../../../../src/main/credentials/vault';
import { createPaynetAdapter } from '../../../../src/main/providers/paynet/paynet-adapter';
import type { OutboxItem } from '../../../../src/shared/domain/outbox-item';

const [dataDir, keychainEntry, mode] = process.argv.slice(2) as [string, string, string];

/** The Paynet key entry the setup core wrote (bound to the emulator's address), for any account: a child has no keychain of its own. */
const vault: CredentialVault = {
  get: async (_account, field) => (field === 'secretKey' ? keychainEntry : null),
  set: async () => undefined,
  delete: async () => false,
  available: async () => true,
};

async function main(): Promise<void> {
  const core = await createCore({
    dataDir,
    vault,
    adapters: [createPaynetAdapter({ timeoutMs: 3000 })],
    outboxPolicy: { backoffBaseMs: 20, backoffMaxMs: 200, reconcileBaseMs: 20, absentRecheckMs: 20, idleCheckMs: 20, concurrencyPerProvider: 2, ratePerProviderPerSecond: Infinity },
  });
  process.stdout.write('ready\n');
  if (mode !== 'final') {
    // Drain until killed (the worker's own timers do not keep the process alive).
    setInterval(() => undefined, 1000);
    return;
  }
  for (;;) {
    const listed = await core.invoke('outbox:list', undefined);
    if (!listed.ok) throw new Error(listed.error.message);
    const items = (listed.value as { items: OutboxItem[] }).items;
    if (items.every((i) => i.state === 'created' || i.state === 'failed' || i.state === 'cancelled')) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await core.stop();
  process.stdout.write('done\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
