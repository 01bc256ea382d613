/**
 * Removes secrets from anything that may be written to a log or shown to support: every secret
 * value the app has handled (registered as it passes through the vault), authorization headers,
 * API keys, bearer tokens and card-like numbers.
 */
export class Redactor {
  private secrets = new Set<string>();

  /** Remember a secret value so it is masked wherever it later appears. */
  register(secret: string): void {
    // Very short values would mask ordinary words; real credentials are longer.
    if (secret.length >= 6) this.secrets.add(secret);
  }

  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('[secret]');
    return out
      .replace(/(authorization|x-ibm-client-secret|x-ibm-client-id|apikey|paytr_token|merchant_key|merchant_salt|password|client_secret|access_token)(["']?\s*[:=]\s*["']?)[^"'\s,&}]+/gi, '$1$2[redacted]')
      .replace(/\b(Basic|Bearer)\s+[A-Za-z0-9._~+/=-]{6,}/g, '$1 [redacted]')
      .replace(/\bsck_[A-Za-z0-9_]+/g, 'sck_[redacted]')
      .replace(/\b(?:\d[ -]?){13,19}\b/g, (match) => maskCard(match));
  }

  redactValue(value: unknown): string {
    if (value instanceof Error) return this.redact(`${value.name}: ${value.message}\n${value.stack ?? ''}`);
    if (typeof value === 'string') return this.redact(value);
    try {
      return this.redact(JSON.stringify(value));
    } catch {
      return '[unserialisable]';
    }
  }
}

function maskCard(match: string): string {
  const digits = match.replace(/\D/g, '');
  return `${digits.slice(0, 6)}******${digits.slice(-4)}`;
}
