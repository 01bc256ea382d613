// Browser preview only: defines window.paydesk over HTTP to the preview server's real core.
// Served from the preview server (same origin), never bundled into the app.
(() => {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem('paydesk-preview-token', fromHash);
    history.replaceState(null, '', location.pathname);
  }
  const token = fromHash || sessionStorage.getItem('paydesk-preview-token') || '';
  const listeners = new Map();
  const unreachable = { ok: false, error: { code: 'network', message: 'Preview server unreachable', retryable: true } };

  async function invoke(channel, input) {
    try {
      const response = await fetch('/__preview/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-paydesk-token': token },
        body: JSON.stringify({ channel, input }),
      });
      return await response.json();
    } catch {
      return unreachable;
    }
  }

  const events = new EventSource(`/__preview/events?token=${encodeURIComponent(token)}`);
  events.onmessage = (message) => {
    const { name, payload } = JSON.parse(message.data);
    for (const listener of listeners.get(name) ?? []) listener(payload);
  };

  window.paydesk = {
    invoke,
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
  };
})();
