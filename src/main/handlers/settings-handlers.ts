import type { HandlerTable } from '@shared/contract';
import { ok } from '@shared/result';
import type { EventHub } from '../event-hub';
import type { SettingsStore } from '../store/settings-store';

export function settingsHandlers(store: SettingsStore, events: EventHub) {
  return {
    'settings:get': async () => ok(store.get()),
    'settings:update': async (patch) => {
      const settings = await store.update(patch);
      events.emit('settings:changed', settings);
      return ok(settings);
    },
  } satisfies Pick<HandlerTable, 'settings:get' | 'settings:update'>;
}
