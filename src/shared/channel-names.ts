/**
 * Channel and event names without zod, for the sandboxed preload (which may not load packages).
 * contract.ts checks at compile time that these lists equal its tables.
 */
export const channelNameList = [
  'app:info',
  'app:notices',
  'app:dismiss-notice',
  'app:open-external',
  'settings:get',
  'settings:update',
  'accounts:list',
  'accounts:create',
  'accounts:update',
  'accounts:remove',
  'accounts:test',
  'secrets:set',
  'secrets:delete',
  'secrets:has',
  'oduyo-customers:list',
  'oduyo-customers:create',
  'isbank:merchants',
  'isbank:branches',
  'isbank:currencies',
  'isbank:installments',
  'isbank-services:get',
] as const;

export const eventNameList = ['accounts:changed', 'settings:changed', 'notices:changed', 'app:command'] as const;
