import { events, type EventName, type EventPayload } from '@shared/contract';

type Listener = (payload: unknown) => void;

/** Main → renderer events, checked against the contract before they leave. */
export class EventHub {
  private listeners = new Map<EventName, Set<Listener>>();

  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void {
    const set = this.listeners.get(name) ?? new Set<Listener>();
    set.add(listener as Listener);
    this.listeners.set(name, set);
    return () => set.delete(listener as Listener);
  }

  /** Subscribes to every event (the IPC layer forwards them all to the window). */
  onAny(listener: (name: EventName, payload: unknown) => void): () => void {
    const unsubscribers = (Object.keys(events) as EventName[]).map((name) =>
      this.on(name, (payload) => listener(name, payload)),
    );
    return () => unsubscribers.forEach((off) => off());
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const parsed = events[name].parse(payload);
    for (const listener of this.listeners.get(name) ?? []) listener(parsed);
  }
}
