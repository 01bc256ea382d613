/** Runs in the page before the app: defines `window.paydesk` exactly as the preload does. */
export function installBridge(): void {
  type Listener = (payload: unknown) => void;
  const page = globalThis as unknown as Record<string, unknown>;
  const listeners = new Map<string, Set<Listener>>();
  const bridge = {
    invoke: (channel: unknown, input: unknown) =>
      (page.__paydeskInvoke as (c: unknown, i: unknown) => Promise<unknown>)(channel, input),
    on(event: string, listener: Listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      return () => void set.delete(listener);
    },
  };
  Object.defineProperty(page, 'paydesk', { value: Object.freeze(bridge) });
  Object.defineProperty(page, '__paydeskEmit', {
    value: (event: string, payload: unknown) => {
      for (const listener of [...(listeners.get(event) ?? [])]) listener(payload);
    },
  });
}
