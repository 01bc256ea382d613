import { createCore, type Core, type CoreDeps } from '../../src/main/core';
import type { EventName } from '../../src/shared/contract';
import type { Result } from '../../src/shared/result';
import { OriginChangeAnswers } from '../support/origin-change-answers';
import { ShopServerAnswers } from '../support/shop-server-answers';
import type { TrackingVault } from '../support/tracking-vault';

/** Everything that crossed from main to the renderer, serialised, for leak assertions. */
export type IpcRecord =
  | { kind: 'invoke'; channel: string; output: string }
  | { kind: 'event'; name: EventName; payload: string };

/**
 * A real core on a real data folder and keychain, as the window would have it. It can be stopped
 * and started again on the same folder to prove what survives a restart.
 */
export class CoreHarness {
  readonly records: IpcRecord[] = [];
  /** Where the app's native "change address?" dialog would be: what main asked, answered by the test. */
  readonly originChanges = new OriginChangeAnswers();
  /** Where main's native "connect this counter to the shop on …?" dialog would be: what it asked, answered by the test. */
  readonly shopServer = new ShopServerAnswers();
  /** Set by the page bridge: delivers an event into the page. */
  deliver: ((name: EventName, payload: unknown) => Promise<void>) | undefined;
  private current: Core | undefined;
  private offEvents: (() => void) | undefined;

  constructor(
    readonly dataDir: string,
    readonly vault: TrackingVault,
    private readonly extraDeps: Partial<Omit<CoreDeps, 'dataDir' | 'vault'>> = {},
  ) {}

  get started(): boolean {
    return this.current !== undefined;
  }

  get core(): Core {
    if (!this.current) throw new Error('The core is not running');
    return this.current;
  }

  async start(): Promise<void> {
    if (this.current) return;
    const core = await createCore({
      dataDir: this.dataDir,
      vault: this.vault,
      appVersion: '0.0.0-e2e',
      confirmOriginChange: this.originChanges.confirm,
      confirmShopServer: this.shopServer.confirm,
      ...this.extraDeps,
    });
    this.current = core;
    this.offEvents = core.events.onAny((name, payload) => {
      this.records.push({ kind: 'event', name, payload: JSON.stringify(payload) });
      void this.deliver?.(name, payload);
    });
  }

  async stop(): Promise<void> {
    this.offEvents?.();
    this.offEvents = undefined;
    const core = this.current;
    this.current = undefined;
    await core?.stop();
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** What `window.paydesk.invoke` lands on: the same dispatcher Electron's ipcMain uses. */
  async invoke(channel: unknown, input: unknown): Promise<Result<unknown>> {
    const result = await this.core.invoke(channel, input);
    this.records.push({ kind: 'invoke', channel: String(channel), output: JSON.stringify(result) });
    return result;
  }

  /** Every serialised output and event so far, joined (for "appears nowhere" checks). */
  recordedText(): string {
    return this.records.map((r) => (r.kind === 'invoke' ? r.output : r.payload)).join('\n');
  }
}
