// Which survey year a screen shows: ?year= in the route, else this year (UTC, as the service counts).

import { h } from '../core/dom.js';
import { navigate } from '../core/router.js';
import { field, input } from '../core/ui.js';

export function yearOf(query) {
  const year = Number(query.year);
  return Number.isInteger(year) && year > 1900 ? year : new Date().getUTCFullYear();
}

export function yearPicker(path, year) {
  const control = input({ type: 'number', value: year, min: 2000, max: 2100, inputmode: 'numeric' });
  return h('form', { class: 'filters', 'aria-label': 'Survey year', onsubmit: (event) => {
    event.preventDefault();
    navigate(path, { year: control.value });
  } }, field('Survey year', control), h('button', { type: 'submit', class: 'button secondary' }, 'Show year'));
}
