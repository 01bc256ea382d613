import { translate } from '@shared/i18n/translate';
import type { Language } from '@shared/domain/settings';
import type { Clock } from '../clock';

/**
 * What to do when something breaks, kept apart from Electron so it can be tested: the glue in
 * index.ts and window.ts only reports events and carries out the decisions.
 *
 * Nothing the shop owner cares about lives in the renderer (the outbox, history and accounts are
 * in main and on disk), so reloading a crashed or hung window loses at most a half-typed form.
 */

export interface RecoveryLimits {
  /** Reloads allowed within `perMs`; one more failure means the window gives up and asks. */
  maxReloads: number;
  perMs: number;
  /** How long a window may stay unresponsive before it is restarted (it may be busy, not hung). */
  hangGraceMs: number;
}

export const defaultRecoveryLimits: RecoveryLimits = { maxReloads: 3, perMs: 60_000, hangGraceMs: 10_000 };

export type RecoveryDecision = 'reload' | 'give-up' | 'ignore';

/** Reasons from Electron's `render-process-gone` that need no recovery. */
const HARMLESS_EXITS = new Set(['clean-exit']);

export class RendererRecovery {
  private reloads: number[] = [];

  constructor(
    private readonly clock: Clock,
    readonly limits: RecoveryLimits = defaultRecoveryLimits,
  ) {}

  /** The renderer process died (crash, out of memory, killed, failed to launch …). */
  onGone(reason: string): RecoveryDecision {
    if (HARMLESS_EXITS.has(reason)) return 'ignore';
    return this.nextAttempt();
  }

  /**
   * The window stayed unresponsive for the whole grace period. The glue kills the renderer, which
   * then reports itself gone; that report decides between reload and give-up, so one hang counts once.
   */
  onHung(): 'kill' {
    return 'kill';
  }

  /** The user asked to try again after giving up: start counting afresh. */
  reset(): void {
    this.reloads = [];
  }

  private nextAttempt(): RecoveryDecision {
    const now = this.clock.now().getTime();
    this.reloads = this.reloads.filter((at) => now - at < this.limits.perMs);
    if (this.reloads.length >= this.limits.maxReloads) return 'give-up';
    this.reloads.push(now);
    return 'reload';
  }
}

/**
 * One error dialog at a time, and not more than one per `quietMs`: an error repeating in a loop
 * must not bury the window under dialogs. Every error is logged either way.
 */
export class ErrorDialogGate {
  private open = false;
  private lastShownAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly clock: Clock,
    private readonly quietMs = 30_000,
  ) {}

  /** True when a dialog may be shown now (the caller must then call `closed()` when it is gone). */
  tryOpen(): boolean {
    const now = this.clock.now().getTime();
    if (this.open || now - this.lastShownAt < this.quietMs) return false;
    this.open = true;
    this.lastShownAt = now;
    return true;
  }

  closed(): void {
    this.open = false;
  }
}

export interface DialogText {
  title: string;
  message: string;
  detail: string;
  /** Button labels; index 0 is the default (safe) answer. */
  buttons: [string, string];
}

/** Plain words for the shop owner (the catalog's `crash.*`): never a stack trace, an error message or a file path. */
export function crashText(language: Language | undefined, kind: 'mainError' | 'rendererGaveUp'): DialogText {
  const say = (part: 'message' | 'detail' | 'button1' | 'button2') => translate(language ?? 'tr', `crash.${kind}.${part}`);
  return { title: 'PayDesk', message: say('message'), detail: say('detail'), buttons: [say('button1'), say('button2')] };
}
