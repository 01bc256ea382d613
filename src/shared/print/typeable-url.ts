/** The address as a customer would type it: browsers add `https://` themselves. */
export function typeableUrl(url: string): string {
  return url.replace(/^https:\/\//i, '');
}
