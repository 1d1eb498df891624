// Hash routes (#/bills/ca-2025-ab1): the gateway serves one page and never needs a fallback path.

import { h, replace } from './dom.js';
import { loading, problemBox } from './ui.js';

const routes = [];
let cleanups = [];
let current = 0;

/** `pattern` like '/bills/:id'; `view(ctx)` returns an element (or a promise of one). */
export function route(pattern, title, view) {
  const names = [];
  const regex = new RegExp(`^${pattern.replace(/:([a-zA-Z]+)/g, (_, name) => { names.push(name); return '([^/]+)'; })}$`);
  routes.push({ regex, names, title, view });
}

export function parseHash(hash = location.hash) {
  const raw = hash.startsWith('#/') ? hash.slice(1) : '/';
  const [path, search = ''] = raw.split('?');
  return { path, query: Object.fromEntries(new URLSearchParams(search)) };
}

export function hrefFor(path, params = {}) {
  const search = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v !== undefined && v !== null));
  const text = search.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}

/** Changes the query of the current route (filters) and shows it. */
export function navigate(path, params) {
  location.hash = hrefFor(path, params);
}

let shownBefore = false;

export async function show(main, user) {
  const { path, query } = parseHash();
  const match = routes.map((r) => ({ r, m: r.regex.exec(path) })).find((x) => x.m);
  cleanups.forEach((fn) => fn());
  cleanups = [];
  const token = ++current;
  if (!match) {
    replace(main, h('h1', { tabindex: '-1' }, 'Page not found'), h('p', null, h('a', { href: '#/' }, 'Back to the start')));
    return;
  }
  const params = Object.fromEntries(match.r.names.map((name, i) => [name, decodeURIComponent(match.m[i + 1])]));
  document.title = `${match.r.title} · Chapter Relations`;
  replace(main, loading());
  const ctx = { params, query, user, path, onLeave: (fn) => cleanups.push(fn), stillShown: () => token === current };
  try {
    const view = await match.r.view(ctx);
    if (token !== current) return;
    replace(main, view);
  } catch (error) {
    if (token !== current) return;
    replace(main, h('h1', { tabindex: '-1' }, match.r.title), problemBox(error));
  }
  // After a move within the console, focus goes to the new page's heading so keyboard and screen-reader
  // users start there; on the first page of a visit it stays at the top (skip link, navigation).
  const heading = main.querySelector('h1');
  if (heading && shownBefore) heading.focus();
  shownBefore = true;
}
