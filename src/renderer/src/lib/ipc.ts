import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayload } from '@shared/contract';
import { fail, type Result } from '@shared/result';

/**
 * The renderer's only door to main. Every call resolves to a `Result`: a missing bridge or a
 * rejected promise becomes `internal`, so screens never deal with exceptions.
 */
export function hasBridge(): boolean {
  return typeof window !== 'undefined' && window.paydesk !== undefined;
}

export async function invoke<C extends Channel>(
  channel: C,
  ...input: ChannelInput<C> extends undefined ? [] : [ChannelInput<C>]
): Promise<Result<ChannelOutput<C>>> {
  const bridge = window.paydesk;
  if (!bridge) return fail('internal', 'The PayDesk bridge is not available');
  try {
    const result = await bridge.invoke(channel, input[0] as ChannelInput<C>);
    if (result && typeof result === 'object' && typeof result.ok === 'boolean') return result;
    return fail('internal', `Malformed answer on ${channel}`);
  } catch {
    return fail('internal', `The call ${channel} was rejected`);
  }
}

/** Subscribes to an event from main; returns the unsubscribe function. */
export function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  const bridge = window.paydesk;
  if (!bridge) return () => undefined;
  return bridge.on(event, listener);
}
