// The API client. Only the service worker imports this module: it alone talks to the API.

export class ApiError extends Error {
  /** kind: 'unreachable' | 'timeout' | 'http' | 'not_listing' | 'bad_response' */
  constructor(kind, message, { status = 0, hint = '' } = {}) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.hint = hint;
  }

  toJSON() {
    return { kind: this.kind, message: this.message, status: this.status, hint: this.hint };
  }
}

const TIMEOUT_MS = 30000;

async function request(baseUrl, path, { method = 'GET', body } = {}) {
  const url = `${baseUrl}${path}`;
  let response;
  try {
    response = await fetch(url, {
      method,
      headers: body ? { 'Content-Type': 'application/json', Accept: 'application/json' } : { Accept: 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
      credentials: 'omit', // no cookies are read or sent
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    if (error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      throw new ApiError('timeout', `The API at ${baseUrl} did not answer within ${TIMEOUT_MS / 1000} s.`,
        { hint: 'Check that the API is running and not overloaded.' });
    }
    throw new ApiError('unreachable', `Can't reach the Worth a Look API at ${baseUrl}.`, {
      hint: 'Check that the API is running (see the README) and that the API address in the options is right.',
    });
  }
  let payload = null;
  try {
    payload = await response.json();
  } catch {
    payload = null;
  }
  if (!response.ok) {
    const message = (payload && payload.error && payload.error.message) || response.statusText || 'error';
    if (response.status === 422) throw new ApiError('not_listing', message, { status: 422 });
    throw new ApiError('http', `The API answered ${response.status}: ${message}`, {
      status: response.status,
      hint: response.status >= 500 ? 'The API failed; its log says why.' : 'The extension and the API may be of different versions.',
    });
  }
  if (!payload || typeof payload !== 'object') {
    throw new ApiError('bad_response', `The API at ${baseUrl} did not answer with JSON.`, {
      hint: 'Is the API address in the options the Worth a Look API?',
    });
  }
  return payload;
}

function withProfile(body, profile) {
  return profile && Object.keys(profile).length ? { ...body, profile } : body;
}

/** POST /v1/estimates: one page → one estimate (ApiError 'not_listing' when it is not one). */
export function estimatePage(baseUrl, page, profile) {
  return request(baseUrl, '/v1/estimates', { method: 'POST', body: withProfile({ page }, profile) });
}

/** POST /v1/estimates/batch: items ({page} or {opportunity}) → results in order. */
export async function estimateBatch(baseUrl, items, profile) {
  const payload = await request(baseUrl, '/v1/estimates/batch', { method: 'POST', body: withProfile({ items }, profile) });
  if (!Array.isArray(payload.results)) throw new ApiError('bad_response', 'The batch answer had no results.');
  return payload.results;
}

/** GET /v1/health */
export function health(baseUrl) {
  return request(baseUrl, '/v1/health');
}
