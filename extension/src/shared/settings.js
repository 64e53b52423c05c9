// Settings live in chrome.storage.local (never in worker globals): the API's base URL under
// `apiBaseUrl`, the profile (the API's profile shape) under `profile`, badges per site under `badges`.
export const DEFAULT_API_BASE_URL = 'http://127.0.0.1:8000';

export const DEFAULTS = Object.freeze({
  apiBaseUrl: DEFAULT_API_BASE_URL,
  profile: {},
  badges: {},
});

export async function getSettings() {
  const stored = await chrome.storage.local.get(Object.keys(DEFAULTS));
  return {
    apiBaseUrl: normalizeBaseUrl(stored.apiBaseUrl) || DEFAULT_API_BASE_URL,
    // an address that was stored but is refused (plain http off this machine): said, never swapped silently
    refusedApiBaseUrl: stored.apiBaseUrl && !normalizeBaseUrl(stored.apiBaseUrl) ? String(stored.apiBaseUrl) : '',
    profile: stored.profile && typeof stored.profile === 'object' ? stored.profile : {},
    badges: stored.badges && typeof stored.badges === 'object' ? stored.badges : {},
  };
}

/** Loopback hosts: the only ones the API may be asked over plain http. */
export function isLoopback(hostname) {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * 'https://host:port/' → 'https://host:port'. Anything else → '': not http(s), or plain http
 * off this machine (the profile travels with every request: never in clear text).
 */
export function normalizeBaseUrl(value) {
  if (typeof value !== 'string' || !value.trim()) return '';
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) return '';
    if (url.username || url.password) return '';
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return '';
  }
}

/** Badges are on for a site unless the user turned them off. */
export function badgesOn(settings, siteId) {
  return settings.badges[siteId] !== false;
}

/** The profile without empty fields: only what the user filled in travels. */
export function cleanProfile(profile) {
  const out = {};
  for (const [key, value] of Object.entries(profile || {})) {
    if (value === '' || value === null || value === undefined) continue;
    if (Array.isArray(value) && !value.length) continue;
    if (typeof value === 'object' && !Array.isArray(value)) {
      const inner = cleanProfile(value);
      if (Object.keys(inner).length) out[key] = inner;
      continue;
    }
    out[key] = value;
  }
  return out;
}
