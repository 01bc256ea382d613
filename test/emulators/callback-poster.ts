/**
 * How the emulators call a shop back, as PayTR and Paynet do after a payment: POST to the URL the
 * link was made with, and again after a pause until the answer is accepted (bounded attempts).
 * Hosts resolve only through `hosts` (a test's stand-in for DNS: `relay.paydesk.test` →
 * `http://127.0.0.1:PORT`); any other host does not resolve, so an emulator never reaches the
 * internet.
 */
export interface CallbackPosting {
  /** The hosts a callback URL may name, each mapped to where it really is. */
  hosts?: Record<string, string>;
  /** Pause between attempts (PayTR waits minutes; tests want milliseconds). */
  retryMs?: number;
  maxAttempts?: number;
}

export interface CallbackDelivery {
  url: string;
  /** The request body as sent (form or JSON text), the same at every attempt. */
  body: string;
  attempts: number;
  state: 'pending' | 'delivered' | 'gave-up' | 'host-unknown';
  /** The last answer seen (`200 OK`, `503 …`, or the network error's code). */
  lastAnswer?: string;
  /** Resolves when delivered or given up. */
  done: Promise<CallbackDelivery>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where `url` really is, through the host map; undefined when its host is not in it. */
export function resolveCallbackUrl(url: string, hosts: Record<string, string> = {}): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const base = hosts[parsed.host];
  return base ? `${base.replace(/\/$/, '')}${parsed.pathname}${parsed.search}` : undefined;
}

/** Starts delivering in the background; `accepted` says which answer ends the retries. */
export function deliverCallback(
  url: string,
  body: string,
  contentType: string,
  accepted: (status: number, text: string) => boolean,
  posting: CallbackPosting = {},
): CallbackDelivery {
  const delivery = { url, body, attempts: 0, state: 'pending' } as CallbackDelivery;
  const target = resolveCallbackUrl(url, posting.hosts);
  if (!target) {
    delivery.state = 'host-unknown';
    delivery.done = Promise.resolve(delivery);
    return delivery;
  }
  const maxAttempts = posting.maxAttempts ?? 50;
  const retryMs = posting.retryMs ?? 100;
  delivery.done = (async () => {
    while (delivery.attempts < maxAttempts) {
      delivery.attempts += 1;
      try {
        const response = await fetch(target, { method: 'POST', headers: { 'content-type': contentType }, body, signal: AbortSignal.timeout(5_000) });
        const text = await response.text();
        delivery.lastAnswer = `${response.status} ${text.slice(0, 100)}`;
        if (accepted(response.status, text)) {
          delivery.state = 'delivered';
          return delivery;
        }
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause;
        delivery.lastAnswer = cause?.code ?? (error as Error).name;
      }
      await sleep(retryMs);
    }
    delivery.state = 'gave-up';
    return delivery;
  })();
  return delivery;
}
