import { translate } from '@shared/i18n/translate';
import type { Language } from '@shared/domain/language';
import type { OutboxState } from '@shared/domain/outbox-item';

import type { Notify } from '../desktop-host';

/**
 * One desktop notification per background drain: how many queued items went out, and how many
 * need the user (refused, or unknown after a lost answer). Attempts the user made in the window
 * are answered there and not notified.
 */
export class OutboxNotifier {
  private sent = 0;
  private attention = 0;

  constructor(
    private readonly notify: Notify | undefined,
    private readonly language: () => Language,
  ) {}

  settled(state: OutboxState): void {
    if (state === 'created') this.sent += 1;
    else if (state === 'failed' || state === 'unknown') this.attention += 1;
  }

  /** The drain is over: tell the user what happened in it, if anything. */
  drained(): void {
    if (!this.notify || (this.sent === 0 && this.attention === 0)) return;
    const language = this.language();
    const lines = [
      this.sent > 0 ? translate(language, 'notify.outbox.sent', { count: this.sent }) : '',
      this.attention > 0 ? translate(language, 'notify.outbox.attention', { count: this.attention }) : '',
    ].filter(Boolean);
    this.sent = 0;
    this.attention = 0;
    try {
      this.notify({ title: translate(language, 'notify.outbox.title'), body: lines.join(' ') });
    } catch {
      // A notification that cannot be shown changes nothing in the outbox.
    }
  }
}
