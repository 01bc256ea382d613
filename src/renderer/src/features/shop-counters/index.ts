export { ShopCountersSection } from './shop-counters-section';
export { ShopSyncIndicator } from './shop-sync-indicator';
export { useShopStore } from './shop-store';
export { ShopQueueList } from './shop-queue-list';
