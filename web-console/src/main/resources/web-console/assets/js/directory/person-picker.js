// Choosing who takes an office: an existing person found by name, or (staff only: the API lets only staff
// add people) a new person typed into the same form and created just before the appointment.

import { h, uid } from '../core/dom.js';
import { get, write, query } from '../core/api.js';
import { field, input, empty, problemBox } from '../core/ui.js';

function radio(name, value, label, checked, onchange) {
  const id = uid('radio');
  return h('div', { class: 'check' },
    h('input', { type: 'radio', id, name, value, checked, onchange }),
    h('label', { for: id }, label));
}

function personLabel(person) {
  return [person.displayName || `${person.givenName} ${person.familyName}`, person.email ? ` (${person.email})` : '',
    person.organization ? `, ${person.organization}` : ''].join('');
}

/**
 * The picker's element, its field wrappers by API field name (for placeErrors), and resolve(): the chosen
 * person's id, creating the new person first when needed (once: a retry after a failed appointment reuses them).
 */
export function personPicker(user) {
  const mode = uid('mode');
  const search = input({ type: 'search', autocomplete: 'off' });
  const results = h('div', { class: 'person-results', 'aria-live': 'polite' });
  const fields = {
    personId: field('Find a person by name', search, { help: 'Type part of a name, then Find.' }),
    givenName: field('Given name', input({ autocomplete: 'off' }), { required: true }),
    familyName: field('Family name', input({ autocomplete: 'off' }), { required: true }),
    email: field('E-mail', input({ type: 'email', autocomplete: 'off' })),
    phone: field('Phone', input({ type: 'tel', autocomplete: 'off' })),
  };
  const value = (name) => fields[name].querySelector('input').value.trim();
  let created = null;

  async function find() {
    results.replaceChildren(h('p', { role: 'status' }, 'Searching…'));
    try {
      const page = await get(`/api/directory/people${query({ q: search.value.trim(), size: 10 })}`);
      const name = uid('person');
      results.replaceChildren(page.content.length
        ? h('fieldset', null, h('legend', null, `People found (${page.page.totalElements})`),
          page.content.map((person, i) => radio(name, person.id, personLabel(person), i === 0)))
        : empty('Nobody by that name. Check the spelling, or add them as a new person.'));
    } catch (error) {
      results.replaceChildren(problemBox(error));
    }
  }

  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      find();
    }
  });
  const existing = h('div', { class: 'picker-existing' }, h('div', { class: 'inline-form' }, fields.personId,
    h('button', { type: 'button', class: 'button secondary', onclick: find }, 'Find')), results);
  const fresh = h('div', { class: 'picker-new', hidden: true },
    fields.givenName, fields.familyName, fields.email, fields.phone);
  const choose = (event) => {
    existing.hidden = event.target.value !== 'existing';
    fresh.hidden = event.target.value !== 'new';
  };

  const element = h('fieldset', null, h('legend', null, 'Person'),
    user.isStaff ? h('div', { class: 'choices inline' },
      radio(mode, 'existing', 'Someone in the directory', true, choose),
      radio(mode, 'new', 'A new person', false, choose)) : null,
    existing, fresh);

  async function resolve() {
    if (fresh.hidden) {
      return results.querySelector('input[type=radio]:checked')?.value || null;
    }
    const body = { givenName: value('givenName'), familyName: value('familyName'),
      email: value('email') || null, phone: value('phone') || null };
    const key = JSON.stringify(body);
    if (created?.key !== key) {
      const saved = await write('POST', '/api/directory/people', body);
      created = { key, id: saved.data.id };
    }
    return created.id;
  }

  return { element, fields, resolve };
}
