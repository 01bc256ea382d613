import type { Language } from '@shared/domain/language';
import type { OutboxState } from '@shared/domain/outbox-item';

export type Notify = (notification: { title: string; body: string }) => void;

const text = {
  tr: {
    title: 'PayDesk giden kutusu',
    sent: (n: number) => `Bekleyen ${n} işlem gönderildi.`,
    attention: (n: number) => `${n} işlem ilginizi bekliyor (giden kutusuna bakın).`,
  },
  en: {
    title: 'PayDesk outbox',
    sent: (n: number) => `${n} queued item${n === 1 ? '' : 's'} went out.`,
    attention: (n: number) => `${n} item${n === 1 ? ' needs' : 's need'} your attention (see the outbox).`,
  },
} as const;

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
    const t = text[this.language()];
    const lines = [this.sent > 0 ? t.sent(this.sent) : '', this.attention > 0 ? t.attention(this.attention) : ''].filter(Boolean);
    this.sent = 0;
    this.attention = 0;
    try {
      this.notify({ title: t.title, body: lines.join(' ') });
    } catch {
      // A notification that cannot be shown changes nothing in the outbox.
    }
  }
}
