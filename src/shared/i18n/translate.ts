import type { Language } from '../domain/settings';
import { catalogs, type MessageKey, type Messages } from './catalog';

/** The `{name}` placeholders of a message, read from its Turkish text at compile time. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
export type MessageParams<K extends MessageKey> = Record<Placeholders<Messages[K]['tr']>, string | number>;

/** Messages with placeholders demand their params; the others take none. */
export type TranslateArgs<K extends MessageKey> = [Placeholders<Messages[K]['tr']>] extends [never]
  ? []
  : [params: MessageParams<K>];

export type Translate = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;

export function translate<K extends MessageKey>(language: Language, key: K, ...args: TranslateArgs<K>): string {
  const template = catalogs[language][key];
  const params = args[0] as Record<string, string | number> | undefined;
  if (!params) return template;
  // Unknown placeholders stay visible rather than silently becoming empty.
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function createTranslator(language: Language): Translate {
  return (key, ...args) => translate(language, key, ...args);
}

/** The placeholder names a template uses, for catalog consistency checks. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
