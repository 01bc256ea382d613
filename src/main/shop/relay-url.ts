/** The relay's public address as the shop stores it: https, a host, no path (`https://relay.example.com`). */
export function isRelayUrl(value: string): boolean {
  return /^https:\/\/[^/?#\s]+$/.test(value);
}
