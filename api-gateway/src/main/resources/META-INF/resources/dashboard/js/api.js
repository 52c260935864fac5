// Calls to the gateway's /api/v1 with the API key as a bearer token. Failures become ApiError,
// built from the RFC 9457 problem+json body the gateway answers with.

const KEY_STORAGE = 'factline.apiKey';
const API = '/api/v1';

export const apiKey = {
  get() {
    return sessionStorage.getItem(KEY_STORAGE) || '';
  },
  set(key) {
    sessionStorage.setItem(KEY_STORAGE, key);
  },
  clear() {
    sessionStorage.removeItem(KEY_STORAGE);
  },
};

export class ApiError extends Error {
  constructor(status, title, detail, errors, retryAfter) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title || `HTTP ${status}`;
    this.detail = detail || '';
    this.errors = errors || [];
    this.retryAfter = retryAfter;
  }

  /** What a person can do about it, by status. */
  advice() {
    switch (this.status) {
      case 0: return 'The gateway could not be reached. Check it is running, then try again.';
      case 401: return 'Enter a valid API key above.';
      case 403: return 'This key lacks the role this needs; ask an admin for a key with it.';
      case 429: return `Rate limit reached; try again in ${this.retryAfter || 'a few'} s.`;
      case 503: return `A service behind the gateway is unavailable; try again in ${this.retryAfter || 'a few'} s.`;
      default: return '';
    }
  }

  static async from(response) {
    let problem = {};
    const type = response.headers.get('Content-Type') || '';
    try {
      if (type.includes('json')) {
        problem = await response.json();
      } else {
        const text = await response.text();
        problem = { detail: text.slice(0, 300) };
      }
    } catch (e) {
      problem = {};
    }
    return new ApiError(response.status, problem.title || response.statusText, problem.detail,
      Array.isArray(problem.errors) ? problem.errors : [], response.headers.get('Retry-After'));
  }

  static unreachable(cause) {
    return new ApiError(0, 'Gateway unreachable', String(cause && cause.message ? cause.message : cause));
  }
}

export function apiUrl(path, params) {
  const url = new URL(API + path, window.location.origin);
  Object.entries(params || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null && String(value).trim() !== '') {
      url.searchParams.set(name, String(value).trim());
    }
  });
  return url.pathname + url.search;
}

export function authHeaders(extra) {
  return Object.assign({ Authorization: `Bearer ${apiKey.get()}` }, extra || {});
}

async function call(path, params, init) {
  let response;
  try {
    response = await fetch(apiUrl(path, params), Object.assign({ cache: 'no-store', credentials: 'omit' }, init));
  } catch (e) {
    throw ApiError.unreachable(e);
  }
  if (!response.ok) {
    throw await ApiError.from(response);
  }
  return response.json();
}

export function getJson(path, params) {
  return call(path, params, { headers: authHeaders({ Accept: 'application/json' }) });
}

export function postJson(path, body) {
  return call(path, {}, {
    method: 'POST',
    headers: authHeaders({ Accept: 'application/json', 'Content-Type': 'application/json' }),
    body: JSON.stringify(body),
  });
}

/** Path segment for a fact key or id: "arrival:gerald-r-ford" stays readable but safe. */
export function segment(value) {
  return encodeURIComponent(value);
}
