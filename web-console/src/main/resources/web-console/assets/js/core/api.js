// Calls the platform's APIs through the gateway with the user's bearer token. Errors arrive as
// application/problem+json (RFC 9457) and are thrown as ApiError, whose fieldErrors() lists errors[].

import { freshAccessToken, tokenRejected } from './auth.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The server answered ${status}.`);
    this.status = status;
    this.problem = problem || {};
  }

  /** Field name (as the API names it, e.g. answers.members) to message. */
  fieldErrors() {
    const errors = new Map();
    for (const error of this.problem.errors || []) {
      if (!errors.has(error.field)) errors.set(error.field, error.message);
    }
    return errors;
  }
}

async function headersFor(options) {
  const headers = { Accept: options.accept || 'application/json' };
  const token = await freshAccessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.etag) headers['If-Match'] = options.etag;
  return headers;
}

async function problemOf(response) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch {
      // fall through to a problem of our own
    }
  }
  return { title: response.statusText, status: response.status };
}

async function send(method, path, options = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: await headersFor(options),
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, { title: 'No connection', detail: 'The server could not be reached. Check your connection and try again.' });
  }
  if (response.status === 401) {
    tokenRejected();
    throw new ApiError(401, { title: 'Signed out', detail: 'Your session has ended; taking you to sign in.' });
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    if (response.status === 429) {
      problem.detail = `Too many requests; try again in ${response.headers.get('Retry-After') || 'a few'} seconds.`;
    }
    throw new ApiError(response.status, problem);
  }
  return response;
}

/** GET a JSON resource: its data. */
export async function get(path) {
  return (await send('GET', path)).json();
}

/** GET a JSON resource with its ETag, for a later If-Match. */
export async function getVersioned(path) {
  const response = await send('GET', path);
  return { data: await response.json(), etag: response.headers.get('ETag') };
}

/** POST, PUT, PATCH or DELETE; `etag` becomes If-Match. Answers { data, etag, location }. */
export async function write(method, path, body, etag) {
  const response = await send(method, path, { body, etag });
  const hasBody = response.status !== 204 && (response.headers.get('Content-Type') || '').includes('json');
  return {
    data: hasBody ? await response.json() : null,
    etag: response.headers.get('ETag'),
    location: response.headers.get('Location'),
  };
}

/** Fetches a file with the token (a plain link could not send it) and saves it under its name. */
export async function download(path, fallbackName, accept = '*/*') {
  const response = await send('GET', path, { accept });
  const disposition = response.headers.get('Content-Disposition') || '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] || fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return name;
}

/** A query string from the set fields of an object ('' when none). */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
