import { createHash } from 'node:crypto';
import { Agent } from 'undici';
import type { ProviderContext } from '../provider';
import { failure } from '../provider-http';

/**
 * Mutual TLS for İşbank products that require a client certificate: when the account has a
 * `clientCertificate` setting (PEM) and a `clientKey` secret, every request of that account goes
 * through an undici Agent that presents them. Agents are reused per certificate and key.
 */
export class IsbankTls {
  private readonly agents = new Map<string, { hash: string; agent: Agent }>();
  private caOnly: Agent | undefined;

  /**
   * @param trustedCa a PEM CA to trust instead of the public ones, for every call of the adapter
   *   (tests and private UAT hosts); public hosts need none.
   */
  constructor(private readonly trustedCa?: string) {}

  /** The dispatcher for this account, or undefined when it does not use a client certificate. */
  dispatcher(ctx: ProviderContext<'isbank'>): Agent | undefined {
    const cert = ctx.account.settings.clientCertificate?.trim();
    const key = ctx.secrets.clientKey?.trim();
    if (!cert && !key) return this.trustedCa ? (this.caOnly ??= new Agent({ connect: { ca: this.trustedCa } })) : undefined;
    if (!cert || !key) {
      throw failure('credential-missing', 'İşbank mutual TLS needs both the client certificate and its private key', {
        field: cert ? 'clientKey' : 'clientCertificate',
      });
    }
    if (!/-----BEGIN CERTIFICATE-----/.test(cert) || !/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(key)) {
      throw failure('invalid-input', 'The İşbank client certificate or key is not in PEM form', { field: 'clientCertificate' });
    }
    const hash = createHash('sha256').update(`${cert}\n${key}`).digest('hex');
    const known = this.agents.get(ctx.account.id);
    if (known?.hash === hash) return known.agent;
    // A replaced certificate retires the account's old agent.
    if (known) void known.agent.close().catch(() => undefined);
    const agent = new Agent({ connect: { cert, key, ...(this.trustedCa ? { ca: this.trustedCa } : {}) } });
    this.agents.set(ctx.account.id, { hash, agent });
    return agent;
  }

  async close(): Promise<void> {
    const agents = [...this.agents.values()].map((a) => a.agent);
    if (this.caOnly) agents.push(this.caOnly);
    this.agents.clear();
    this.caOnly = undefined;
    await Promise.all(agents.map((a) => a.close()));
  }
}
