import { z } from 'zod';

/**
 * The addresses an account's secrets are sent to. Only `https:` is accepted, except on this
 * computer's loopback addresses, where the local provider emulators listen over plain http.
 */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase());
}

function parsedUrl(url: string): URL | undefined {
  try {
    return new URL(url.trim());
  } catch {
    return undefined;
  }
}

/** True for `https://…`, and for `http://` only on a loopback host. */
export function isSecureAccountUrl(url: string): boolean {
  const parsed = parsedUrl(url);
  if (!parsed || parsed.username || parsed.password) return false;
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname);
}

/** `https://host[:port]` of a URL (the unit a secret is bound to), or undefined when it is no http(s) URL. */
export function originOf(url: string): string | undefined {
  const parsed = parsedUrl(url);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return undefined;
  return parsed.origin;
}

/** An account URL as typed in the form or sent over IPC: https, or http on loopback only. */
export const accountUrlSchema = z
  .string()
  .trim()
  .max(400)
  .url()
  .refine(isSecureAccountUrl, 'https only (http only on 127.0.0.1, ::1 or localhost)');

/**
 * An account URL as older versions stored it (any http(s)): still loaded, so an upgrade never
 * loses an account, but main refuses to send a secret to one that is not secure.
 */
export const storedAccountUrlSchema = z
  .string()
  .trim()
  .max(400)
  .url()
  .refine((url) => /^https?:\/\//i.test(url), 'http(s) only');
