// A counter in its own process, for `kill -9` tests: `tsx shop-counter-child.ts <dataDir> <keychainService> <shopUrl> <accountId> <secretKey>`.
// It joins the shop, waits for the shared account, types its key, prints "ready" and drains the shop's queue until killed.
import { createCore } from '../../../src/main/core';
import { createKeytarVault } from '../../../src/main/credentials/keytar-vault';
import { fastPolicy, testAdapters } from '../links/link-kit';
import { childShopTiming } from './shop-child-timing';

const [dataDir, service, shopUrl, accountId, secretKey] = process.argv.slice(2) as [string, string, string, string, string];
const core = await createCore({
  dataDir,
  vault: createKeytarVault({ service }),
  adapters: testAdapters(),
  outboxPolicy: fastPolicy,
  statusPolling: false,
  confirmShopServer: async () => true,
  shopTiming: childShopTiming,
});
const ok = async (channel: string, input?: unknown) => {
  const result = await core.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
};
await ok('shop:join', { url: shopUrl, counterName: 'Ölecek kasa' });
for (;;) {
  const accounts = (await ok('accounts:list')) as { account: { id: string } }[];
  if (accounts.some((view) => view.account.id === accountId)) break;
  await new Promise((resolve) => setTimeout(resolve, 25));
}
await ok('secrets:set', { accountId, field: 'secretKey', value: secretKey });
console.log('ready');
