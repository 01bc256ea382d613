import type { Notice } from '../../../../shared/domain/notice';
import type { Translate } from '../../../../shared/i18n/translate';

type StoreKey =
  | 'notice.store.settings'
  | 'notice.store.accounts'
  | 'notice.store.history'
  | 'notice.store.outbox'
  | 'notice.store.contacts';
const storeNames: Partial<Record<string, StoreKey>> = {
  settings: 'notice.store.settings',
  accounts: 'notice.store.accounts',
  history: 'notice.store.history',
  outbox: 'notice.store.outbox',
  contacts: 'notice.store.contacts',
};

type Kind = 'recovered' | 'part-recovered' | 'newer' | 'unreadable';
const kinds: Record<Notice['kind'], Kind> = {
  'store-recovered': 'recovered',
  'store-part-recovered': 'part-recovered',
  'store-newer-version': 'newer',
  'store-unreadable': 'unreadable',
};

/** A notice in plain words: what happened to which data (and the banner shows where the old file is). */
export function noticeText(notice: Notice, t: Translate): { title: string; body: string } {
  const storeKey = storeNames[notice.store];
  const store = storeKey ? t(storeKey) : notice.store;
  const kind = kinds[notice.kind] ?? 'recovered';
  return { title: t(`notice.${kind}.title`, { store }), body: t(`notice.${kind}.body`) };
}
