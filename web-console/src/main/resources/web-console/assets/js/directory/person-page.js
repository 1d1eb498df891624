// People: a search by name, and a person's page with their contacts (when the API shows them to this user)
// and the offices they held or hold in every chapter.

import { h } from '../core/dom.js';
import { get, query } from '../core/api.js';
import { navigate } from '../core/router.js';
import { field, input, pageHeading, pager, table, empty, formatDate } from '../core/ui.js';
import { roleName } from './officer-forms.js';

/** Every term the person held or holds, in any chapter, newest first. */
function offices(personId) {
  return get(`/api/directory/people/${encodeURIComponent(personId)}/terms`);
}

/** Held on the given day (ISO dates compare as strings). */
function currentOn(term, day) {
  return term.start <= day && (!term.end || term.end >= day);
}

/** Staff edit anyone; a chapter officer edits the people holding an office at their chapter today. */
export function mayEditPerson(user, terms) {
  const today = new Date().toISOString().slice(0, 10);
  return user.isStaff
    || (user.isOfficer && terms.some((term) => term.chapterId === user.chapterId && currentOn(term, today)));
}

export function address(value) {
  return value && [value.street, value.city, value.state, value.postalCode].filter(Boolean).join(', ');
}

export async function personView(ctx) {
  const id = ctx.params.id;
  const [person, terms] = await Promise.all([get(`/api/directory/people/${encodeURIComponent(id)}`), offices(id)]);
  const rows = [
    ['Organization', person.organization],
    ['Title', person.title],
    ['E-mail', person.email && h('a', { href: `mailto:${person.email}` }, person.email)],
    ['Phone', person.phone],
    ['Mailing address', address(person.mailingAddress)],
  ].filter(([, value]) => value);
  const officeRows = terms.map((term) => h('tr', null,
    h('td', null, h('a', { href: `#/directory/${encodeURIComponent(term.chapterId)}` }, term.chapterName || term.chapterId)),
    h('td', null, roleName(term.role)),
    h('td', null, formatDate(term.start)),
    h('td', null, term.end ? formatDate(term.end) : 'open')));
  return h('article', null,
    pageHeading(person.displayName,
      mayEditPerson(ctx.user, terms) ? h('a', { class: 'button', href: `#/directory/people/${encodeURIComponent(id)}/edit` }, 'Edit person') : null),
    h('p', null, h('a', { href: '#/directory/people' }, '← All people')),
    rows.length ? h('dl', { class: 'details' }, rows.map(([term, value]) => [h('dt', null, term), h('dd', null, value)]))
      : h('p', { class: 'help' }, 'Contact details are shown to staff and to the officers of chapters this person served.'),
    h('section', { 'aria-labelledby': 'person-offices' },
      h('h2', { id: 'person-offices' }, 'Offices'),
      officeRows.length ? table(`Offices ${person.displayName} held or holds`, ['Chapter', 'Office', 'From', 'To'], officeRows)
        : empty('No office in any chapter.')));
}

export async function peopleView(ctx) {
  const q = ctx.query.q || '';
  const page = Number(ctx.query.page || 0);
  const result = await get(`/api/directory/people${query({ q, page, size: 20 })}`);
  const search = input({ type: 'search', value: q });
  const rows = result.content.map((person) => h('tr', null,
    h('td', null, h('a', { href: `#/directory/people/${encodeURIComponent(person.id)}` }, person.displayName)),
    h('td', null, person.organization || ''),
    h('td', null, person.email || '')));
  return h('section', null,
    pageHeading('People'),
    h('p', null, h('a', { href: '#/directory' }, '← Chapters')),
    h('form', { class: 'filters', role: 'search', 'aria-label': 'Search people', onsubmit: (event) => {
      event.preventDefault();
      navigate('/directory/people', { q: search.value.trim() });
    } }, field('Name', search), h('button', { type: 'submit', class: 'button' }, 'Search')),
    h('p', { role: 'status' }, `${result.page.totalElements} people found.`),
    rows.length ? table('People', ['Name', 'Organization', 'E-mail'], rows) : empty('Nobody matches this name.'),
    pager(result.page, (next) => navigate('/directory/people', { q, page: next })));
}
