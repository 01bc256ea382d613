/** What other features use of the outbox: its store (items, cancel, reload) and how an item is named. */
export { useOutboxStore } from './outbox-store';
export { outboxTitle } from './outbox-model';
export { UnknownDecisionButtons } from './unknown-decision';
