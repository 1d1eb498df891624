// Shared pieces of every screen: loading, empty and error states, labelled form fields whose errors are
// tied to them (aria-describedby), paging, and the polite live region.

import { h, uid } from './dom.js';

export function loading(text = 'Loading…') {
  return h('p', { class: 'loading', role: 'status' }, text);
}

export function empty(text) {
  return h('p', { class: 'empty' }, text);
}

const FRIENDLY = {
  0: 'No connection',
  400: 'Please check what you entered',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  412: 'Changed by someone else',
  413: 'Too large',
  428: 'Version missing',
  429: 'Too many requests',
};

/** A problem+json answer (or any error) as a readable message, announced to screen readers. */
export function problemBox(error, extra) {
  const problem = error.problem || {};
  const title = problem.title && problem.title !== 'Bad Request' ? problem.title : FRIENDLY[error.status] || 'Something went wrong';
  const unplaced = (problem.errors || []).filter((e) => !e.placed);
  return h('div', { class: 'problem', role: 'alert' },
    h('p', { class: 'problem-title' }, title, error.status ? ` (${error.status})` : ''),
    h('p', null, error.message),
    error.status === 412 ? h('p', null, 'Reload the page to see the latest version, then make your change again.') : null,
    unplaced.length ? h('ul', null, unplaced.map((e) => h('li', null, `${e.field}: ${e.message}`))) : null,
    extra || null);
}

export function pageHeading(text, ...after) {
  return h('div', { class: 'page-heading' }, h('h1', { tabindex: '-1' }, text), ...after);
}

/**
 * A labelled control with optional help and an error slot, both referenced by aria-describedby.
 * `control` is an input, select or textarea (its id is set here). Returns the wrapper; wrapper.showError(msg).
 */
export function field(label, control, { help, name, required } = {}) {
  const id = control.id || uid('field');
  control.id = id;
  if (name) control.name = name;
  if (required) control.required = true;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const errorSlot = h('p', { class: 'field-error', id: errorId, hidden: true });
  const describedBy = [help ? helpId : null, errorId].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', describedBy);
  const wrapper = h('div', { class: 'field' },
    h('label', { for: id }, label, required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
    help ? h('p', { class: 'help', id: helpId }, help) : null,
    control,
    errorSlot);
  wrapper.showError = (message) => showError(control, errorSlot, message);
  return wrapper;
}

export function showError(control, slot, message) {
  slot.textContent = message || '';
  slot.hidden = !message;
  if (message) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

export function input(props = {}) {
  return h('input', { type: 'text', ...props });
}

export function select(options, value, props = {}) {
  return h('select', props, options.map((option) => {
    const [optionValue, label] = Array.isArray(option) ? option : [option, option || '(any)'];
    return h('option', { value: optionValue, selected: optionValue === (value ?? '') }, label);
  }));
}

export function checkbox(label, checked, props = {}) {
  const id = props.id || uid('check');
  return h('div', { class: 'check' },
    h('input', { type: 'checkbox', id, checked: Boolean(checked), ...props }),
    h('label', { for: id }, label));
}

/**
 * Puts problem+json field errors next to the fields they name. `fields` maps an API field name to a wrapper
 * made by field(); each placed error is marked so problemBox lists only the rest.
 */
export function placeErrors(error, fields) {
  Object.values(fields).forEach((wrapper) => wrapper.showError?.(''));
  let first = null;
  const shown = new Set();
  for (const problem of error.problem?.errors || []) {
    // jurisdictions[1] belongs to the jurisdictions field; its first message is the one shown
    const wrapper = fields[problem.field] || fields[String(problem.field).replace(/\[\d+\]$/, '')];
    if (wrapper?.showError) {
      if (!shown.has(wrapper)) wrapper.showError(problem.message);
      shown.add(wrapper);
      problem.placed = true;
      first = first || wrapper.querySelector('input, select, textarea');
    }
  }
  return first;
}

/**
 * A form's submit: `send()` makes the call and returns what to say on success, which goes to `onDone` once
 * the fields' errors are cleared. On a problem, each error goes next to its field, the rest in `feedback`,
 * and focus moves to the first field at fault. Resolves to whether the call succeeded.
 */
export async function submitForm(fields, feedback, send, onDone) {
  feedback.replaceChildren();
  try {
    const message = await send();
    placeErrors({ problem: {} }, fields);
    onDone(message);
    return true;
  } catch (error) {
    const first = placeErrors(error, fields);
    feedback.replaceChildren(problemBox(error));
    first?.focus();
    return false;
  }
}

/** An edit form's submit: as submitForm, with the success line shown in `feedback`. */
export function submitEdit(fields, feedback, save) {
  return submitForm(fields, feedback, save,
    (message) => feedback.replaceChildren(h('p', { class: 'success', role: 'status' }, message)));
}

/** Previous/next page buttons for a Spring Data page ({ number, totalPages, totalElements }). */
export function pager(page, onPage) {
  if (!page || page.totalPages <= 1) return null;
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    h('button', { type: 'button', disabled: page.number === 0, onclick: () => onPage(page.number - 1) }, 'Previous'),
    h('span', null, `Page ${page.number + 1} of ${page.totalPages} (${page.totalElements} in all)`),
    h('button', { type: 'button', disabled: page.number + 1 >= page.totalPages, onclick: () => onPage(page.number + 1) }, 'Next'));
}

/** A table that scrolls inside itself on a narrow screen instead of widening the page. */
export function table(caption, headers, rows) {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
    h('table', null,
      h('caption', null, caption),
      h('thead', null, h('tr', null, headers.map((header) => h('th', { scope: 'col' }, header)))),
      h('tbody', null, rows)));
}

export function announce(text) {
  const region = document.getElementById('announcer');
  region.textContent = '';
  // a fresh text node after a tick, so the same message twice is still read
  setTimeout(() => { region.textContent = text; }, 50);
}

export function formatDate(value) {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  const options = value.length === 10 ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(undefined, options).format(date);
}

export function badge(text, kind = text) {
  return h('span', { class: `tag tag-${String(kind).replace(/[^a-z0-9-]/gi, '')}` }, text);
}

/** A list written as "a, b, c" in a text input, back to an array. */
export function listOf(text) {
  return String(text || '').split(',').map((item) => item.trim()).filter(Boolean);
}

export const US_STATES = ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA',
  'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH',
  'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'PR', 'GU', 'VI', 'AS', 'MP'];
