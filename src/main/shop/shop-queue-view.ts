import { outboxItemSchema } from '@shared/domain/outbox-item';
import { shopQueueItemSchema, type ShopQueueItem } from '@shared/domain/shop';

/** The shop's open items as the Outbox lists them; an item this PayDesk cannot read is left out. */
export function shopQueueItems(rows: readonly { id: string; state: string; item: unknown; updatedAt: string }[]): ShopQueueItem[] {
  return rows.flatMap((row) => {
    const parsed = outboxItemSchema.safeParse(row.item);
    const state = shopQueueItemSchema.shape.state.safeParse(row.state);
    if (!parsed.success || !state.success || parsed.data.job.kind !== 'create-link') return [];
    const { request } = parsed.data.job;
    return [
      {
        reference: row.id,
        state: state.data,
        description: request.description,
        amountMinor: request.amount.minor,
        currency: request.amount.currency,
        ...(request.customer.name ? { customerName: request.customer.name } : {}),
        updatedAt: row.updatedAt,
      },
    ];
  });
}
