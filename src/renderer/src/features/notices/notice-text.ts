import type { Notice, StorageProblem, WriteOutcome } from '@shared/domain/notice';
import type { Translate } from '@shared/i18n/translate';

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
const kinds: Record<Exclude<Notice['kind'], 'store-items-set-aside' | 'store-write-failed'>, Kind> = {
  'store-recovered': 'recovered',
  'store-part-recovered': 'part-recovered',
  'store-newer-version': 'newer',
  'store-unreadable': 'unreadable',
};

const problemKeys: Record<StorageProblem, `storage.${StorageProblem}`> = {
  'disk-full': 'storage.disk-full',
  'read-only': 'storage.read-only',
  'no-permission': 'storage.no-permission',
};
const outcomeKeys: Record<WriteOutcome, `storage.${WriteOutcome}`> = {
  'nothing-sent': 'storage.nothing-sent',
  'may-have-been-created': 'storage.may-have-been-created',
};

/** A notice in plain words: what happened to which data (and the banner shows where the old file is). */
export function noticeText(notice: Notice, t: Translate): { title: string; body: string } {
  const storeKey = storeNames[notice.store];
  const store = storeKey ? t(storeKey) : notice.store;
  if (notice.kind === 'store-items-set-aside') {
    const items = (notice.items ?? []).join(', ');
    return { title: t('notice.items-set-aside.title', { store }), body: t('notice.items-set-aside.body', { items }) };
  }
  if (notice.kind === 'store-write-failed') {
    const problem = t(problemKeys[notice.problem ?? 'no-permission']);
    return { title: t('notice.write-failed.title', { store }), body: notice.outcome ? `${problem} ${t(outcomeKeys[notice.outcome])}` : problem };
  }
  const kind = kinds[notice.kind] ?? 'recovered';
  return { title: t(`notice.${kind}.title`, { store }), body: t(`notice.${kind}.body`) };
}
