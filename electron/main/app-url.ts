/**
 * The renderer is served from a custom scheme rather than file:// so it gets a real, unique
 * origin: file:// pages share one origin with every file on disk, and an http origin would
 * need a server. Every trust decision in main (IPC sender, navigation) compares against this.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'journey-studio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs of the app's own origin; anything unparsable is foreign. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Credentials are checked because "app://journey-studio@evil/" has a different host that a
  // careless prefix comparison would accept; Chromium lowercases hosts of standard schemes.
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host.toLowerCase() === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Only web links leave the app: file:, javascript: and custom schemes could run or leak things. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Embedded credentials are a phishing trick ("https://bank.example@evil.example"), never a real link.
  return (
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === ''
  );
}
