/**
 * C0/C1 control characters, and invisible format characters such as the right-to-left
 * override: they let a link display as one address and open another, and some shells treat
 * a newline as the end of the command.
 */
const hiddenCharacters = /[\p{Cc}\p{Cf}]/u;

/**
 * The URL to hand to the system browser, or null. Only web pages (http/https) with a host and
 * no `user:pass@`: other schemes (`file:`, `smb:`, `ms-settings:`, custom app handlers) can
 * start programs or open shares on the office PC, and embedded credentials are a classic way
 * to disguise where a link goes (`https://kominfo.go.id@evil.example`).
 */
export function safeExternalUrl(url: string): string | null {
  if (typeof url !== 'string' || hiddenCharacters.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}
