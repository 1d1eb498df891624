// Changing a chapter's officers (staff, and the chapter's own officers): appoint someone to an office, end a
// term, and record a succession. The API checks the rules (one president at a time, dates in order) and its
// per-field errors are shown next to the fields they name.

import { h } from '../core/dom.js';
import { write } from '../core/api.js';
import { field, input, select, submitForm, formatDate } from '../core/ui.js';
import { personPicker } from './person-picker.js';

export const OFFICE_ROLES = ['president', 'president-elect', 'past-president', 'councilor', 'executive-director',
  'treasurer', 'secretary', 'student-chapter-advisor'];

export function roleName(role) {
  return role.replace(/-/g, ' ');
}

/** Today as an ISO date in the user's time zone (what a date input shows). */
export function today() {
  const now = new Date();
  return [now.getFullYear(), String(now.getMonth() + 1).padStart(2, '0'), String(now.getDate()).padStart(2, '0')].join('-');
}

function dateInput(value = '') {
  return input({ type: 'date', value });
}

export function appointForm(code, user, onDone) {
  const picker = personPicker(user);
  const role = select(OFFICE_ROLES.map((r) => [r, roleName(r)]), 'president');
  const start = dateInput(today());
  const end = dateInput();
  const fields = {
    ...picker.fields,
    role: field('Office', role, { required: true }),
    start: field('First day', start, { required: true }),
    end: field('Last day', end, { help: 'Leave empty if the term has no set end.' }),
  };
  const feedback = h('div', { class: 'feedback' });
  return h('form', { class: 'stacked', novalidate: true, 'aria-labelledby': 'appoint-heading', onsubmit: (event) => {
    event.preventDefault();
    submitForm(fields, feedback, async () => {
      const personId = await picker.resolve();
      const { data: term } = await write('POST', `/api/directory/chapters/${encodeURIComponent(code)}/officers`,
        { personId, role: role.value, start: start.value || null, end: end.value || null });
      return `${term.personName} appointed ${roleName(term.role)} from ${formatDate(term.start)}.`;
    }, onDone);
  } },
  h('h2', { id: 'appoint-heading' }, 'Appoint an officer'),
  h('p', { class: 'help' }, 'A new president who starts after the sitting one ends the sitting president\'s term the day before.'),
  picker.element,
  h('fieldset', null, h('legend', null, 'Term'), fields.role, fields.start, fields.end),
  feedback,
  h('button', { type: 'submit', class: 'button' }, 'Appoint'));
}

export function successionForm(code, onDone) {
  const effective = dateInput(today());
  const fields = { effectiveDate: field('First day of the new president\'s term', effective, { required: true }) };
  const feedback = h('div', { class: 'feedback' });
  return h('form', { class: 'stacked', novalidate: true, 'aria-labelledby': 'succession-heading', onsubmit: (event) => {
    event.preventDefault();
    submitForm(fields, feedback, async () => {
      const { data: started } = await write('POST', `/api/directory/chapters/${encodeURIComponent(code)}/successions`,
        { effectiveDate: effective.value || null });
      return `Succession recorded: ${started.map((term) => `${term.personName} becomes ${roleName(term.role)}`).join('; ')} on ${formatDate(started[0].start)}.`;
    }, onDone);
  } },
  h('h2', { id: 'succession-heading' }, 'Record a succession'),
  h('p', { class: 'help' }, 'The president-elect becomes president; the sitting president, if any, becomes past president.'),
  fields.effectiveDate,
  feedback,
  h('button', { type: 'submit', class: 'button' }, 'Record succession'));
}

/** The form that ends one term, shown under the officers when its End term button is pressed. */
export function endTermForm(code, term, onDone, onCancel) {
  const last = dateInput(term.end && term.end < today() ? term.end : today());
  const fields = { end: field('Last day in office', last, { required: true }) };
  const feedback = h('div', { class: 'feedback' });
  const title = `End ${term.personName}'s term as ${roleName(term.role)}`;
  return h('form', { class: 'stacked card', novalidate: true, 'aria-label': title, onsubmit: (event) => {
    event.preventDefault();
    submitForm(fields, feedback, async () => {
      const url = `/api/directory/chapters/${encodeURIComponent(code)}/officers/${encodeURIComponent(term.termId)}/end`;
      const { data: ended } = await write('POST', url, { end: last.value || null });
      return `${ended.personName}'s term as ${roleName(ended.role)} ends ${formatDate(ended.end)}.`;
    }, onDone);
  } },
  h('h3', null, title),
  fields.end,
  feedback,
  h('div', { class: 'actions' },
    h('button', { type: 'submit', class: 'button' }, 'End term'),
    h('button', { type: 'button', class: 'button secondary', onclick: onCancel }, 'Cancel')));
}
