import type { Language } from '../domain/settings';
import type { LocalizedText, UserText } from '../result';
import { messages, type MessageKey } from './catalog';
import { translate, type TranslateArgs } from './translate';

/** A catalog sentence with its parameters, checked at compile time, to send across the IPC seam. */
export function userText<K extends MessageKey>(key: K, ...args: TranslateArgs<K>): UserText {
  const params = args[0] as UserText['params'];
  return params ? { key, params } : { key };
}

function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messages, key);
}

/** The sentence (and those after it) in `language`; undefined for a key this version does not know. */
export function sayUserText(text: UserText, language: Language): string | undefined {
  const say = translate as (language: Language, key: MessageKey, params?: UserText['params']) => string;
  const sentences = [text, ...(text.more ?? [])];
  if (!sentences.every((s) => isMessageKey(s.key))) return undefined;
  return sentences.map((s) => say(language, s.key as MessageKey, s.params)).join(' ');
}

/** One sentence followed by others. */
export function followedBy(first: UserText, ...more: UserText[]): UserText {
  return { ...first, more: more.map(({ key, params }) => (params ? { key, params } : { key })) };
}

/** Both languages (a native dialog, a form issue that keeps both). */
export function bothLanguages(text: UserText): LocalizedText | undefined {
  const tr = sayUserText(text, 'tr');
  const en = sayUserText(text, 'en');
  return tr !== undefined && en !== undefined ? { tr, en } : undefined;
}
