// Sign-in with OAuth2 authorization code + PKCE (S256) against the identity provider the gateway names in
// /console-config.json. The tokens live in sessionStorage: gone when the tab closes, never in a cookie.

const TOKENS = 'console.tokens';
const PENDING = 'console.login';
const SILENT_ANSWER = 'console.silent-sign-in';
// A new token is asked for this long before the current one expires; the hidden frame gets this long to answer.
const RENEW_BEFORE_MS = 2 * 60 * 1000;
const SILENT_ANSWER_WITHIN_MS = 15 * 1000;

let config;
let renewalTimer;
let renewal = null;
let watchingVisibility = false;
const renewedListeners = new Set();

export async function loadConfig() {
  const response = await fetch('/console-config.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`The console's configuration could not be loaded (${response.status}).`);
  config = await response.json();
  return config;
}

function redirectUri() {
  return `${location.origin}/`;
}

function silentRedirectUri() {
  return `${location.origin}/assets/silent-sign-in.html`;
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString(bytes) {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

async function challengeOf(verifier) {
  return base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
}

async function authorizeUrl(verifier, state, redirect, extra = {}) {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirect,
    scope: 'openid profile',
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
    state,
    ...extra,
  });
  return `${config.authorizeUrl}?${query}`;
}

/** Leaves for the identity provider's login page; comes back to `returnTo` (a hash route). */
export async function signIn(returnTo = location.hash || '#/') {
  const verifier = randomString(48);
  const state = randomString(16);
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo }));
  location.assign(await authorizeUrl(verifier, state, redirectUri()));
}

/** Trades a code for tokens (with the verifier that asked for it) and keeps them for this tab. */
async function redeem(code, verifier, redirect) {
  const response = await fetch(config.tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: config.clientId,
      code,
      redirect_uri: redirect,
      code_verifier: verifier,
    }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || !body.access_token) {
    throw new Error(`The sign-in could not be completed: ${body.error_description || body.error || response.status}.`);
  }
  const expiresAt = Date.now() + (body.expires_in || 300) * 1000;
  sessionStorage.setItem(TOKENS, JSON.stringify({ accessToken: body.access_token, idToken: body.id_token, expiresAt }));
}

/**
 * On the way back from the identity provider (?code=&state= on the page's URL): redeems the code with the
 * verifier this tab kept. Returns the hash route to show next, or null when this is no sign-in return.
 */
export async function completeSignIn() {
  const params = new URLSearchParams(location.search);
  if (!params.has('code') && !params.has('error')) return null;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', `/${pending?.returnTo || '#/'}`);
  if (params.has('error')) {
    throw new Error(`Sign-in was refused: ${params.get('error_description') || params.get('error')}.`);
  }
  if (!pending || pending.state !== params.get('state')) {
    throw new Error('This sign-in answer does not belong to this tab; please sign in again.');
  }
  await redeem(params.get('code'), pending.verifier, redirectUri());
  return pending.returnTo || '#/';
}

/**
 * Keeps the user signed in without leaving the page: shortly before the access token expires, a hidden frame
 * asks the identity provider for a new code on the session it still holds (prompt=none: it never shows a
 * page), and this page redeems the code with a verifier only it knows. When that session has ended, nothing
 * changes here: the next refused call sends the user to sign in, as without renewal.
 */
export function keepSignedIn() {
  clearTimeout(renewalTimer);
  const stored = tokens();
  if (!stored) return;
  renewalTimer = setTimeout(renew, Math.max(0, stored.expiresAt - RENEW_BEFORE_MS - Date.now()));
  if (!watchingVisibility) {
    watchingVisibility = true;
    // A computer that slept past the renewal time: renew as soon as the page is seen again, before the
    // user's next call goes out without a token.
    document.addEventListener('visibilitychange', () => {
      const kept = storedTokens();
      if (document.visibilityState === 'visible' && kept && kept.expiresAt - Date.now() < RENEW_BEFORE_MS) renew();
    });
  }
}

/** Called after each silent renewal: what stopped for want of a valid token (the live inbox) starts again. */
export function onRenewed(listener) {
  renewedListeners.add(listener);
}

/** One renewal at a time (the timer and a returning page may both ask); the next is scheduled on success. */
function renew() {
  renewal = renewal || renewSilently()
    .then(() => {
      keepSignedIn();
      renewedListeners.forEach((listener) => listener());
    }, () => {})
    .finally(() => { renewal = null; });
  return renewal;
}

async function renewSilently() {
  const verifier = randomString(48);
  const state = randomString(16);
  const frame = document.createElement('iframe');
  Object.assign(frame, { hidden: true, title: 'Session renewal', tabIndex: -1 });
  let onAnswer;
  try {
    const search = await new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error('The identity provider did not answer.')), SILENT_ANSWER_WITHIN_MS);
      onAnswer = (event) => {
        if (event.origin === location.origin && event.source === frame.contentWindow && event.data?.type === SILENT_ANSWER) {
          resolve(event.data.search);
        }
      };
      window.addEventListener('message', onAnswer);
      authorizeUrl(verifier, state, silentRedirectUri(), { prompt: 'none' }).then((url) => {
        frame.src = url;
        document.body.append(frame);
      }, reject);
    });
    const params = new URLSearchParams(search);
    if (params.get('state') !== state || !params.has('code')) {
      throw new Error(`No new sign-in: ${params.get('error') || 'unexpected answer'}.`);
    }
    await redeem(params.get('code'), verifier, silentRedirectUri());
  } finally {
    window.removeEventListener('message', onAnswer);
    frame.remove();
  }
}

function claimsOf(jwt) {
  const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const json = decodeURIComponent(Array.from(atob(payload), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''));
  return JSON.parse(json);
}

/** This tab's tokens as kept, expired or not. */
function storedTokens() {
  return JSON.parse(sessionStorage.getItem(TOKENS) || 'null');
}

/** This tab's tokens while the access token is still valid. */
function tokens() {
  const stored = storedTokens();
  if (!stored || stored.expiresAt <= Date.now()) return null;
  return stored;
}

export function accessToken() {
  return tokens()?.accessToken || null;
}

/**
 * The access token for a call about to go out: when it has run out (a computer asleep past the renewal), the
 * silent renewal is awaited first, so the call does not go out bare and send the user to sign in.
 */
export async function freshAccessToken() {
  if (!tokens() && storedTokens() && config) await renew();
  return accessToken();
}

/** Who is signed in, from the access token's claims: name, roles, and an officer's chapter. */
export function currentUser() {
  const stored = tokens();
  if (!stored) return null;
  const claims = claimsOf(stored.accessToken);
  const roles = claims.roles || claims.realm_access?.roles || [];
  return {
    name: claims.preferred_username || claims.sub,
    roles,
    chapterId: claims.chapter_id || null,
    isStaff: roles.includes('staff') || roles.includes('admin'),
    isOfficer: roles.includes('chapter-officer'),
  };
}

/** Forgets the tokens here and ends the session at the identity provider too, then comes back signed out. */
export function signOut() {
  const stored = storedTokens();
  sessionStorage.removeItem(TOKENS);
  if (!stored?.idToken) {
    location.assign('/');
    return;
  }
  const query = new URLSearchParams({
    id_token_hint: stored.idToken,
    post_logout_redirect_uri: redirectUri(),
    client_id: config.clientId,
  });
  location.assign(`${config.logoutUrl}?${query}`);
}

/** The token was refused (expired, or the key rotated): drop it and sign in again, back to where the user was. */
export function tokenRejected() {
  sessionStorage.removeItem(TOKENS);
  return signIn(location.hash || '#/');
}
