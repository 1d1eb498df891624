// A chapter's page: its public entry, who leads it now and who led it before, vCards and an edit link for
// those who may edit (staff; the chapter's own officers for its contact fields).

import { h } from '../core/dom.js';
import { get, download } from '../core/api.js';
import { pageHeading, table, empty, badge, formatDate, problemBox } from '../core/ui.js';

function mayEdit(user, code) {
  return user.isStaff || (user.isOfficer && user.chapterId === code);
}

function details(chapter) {
  const address = chapter.mailingAddress;
  const rows = [
    ['Code', chapter.code],
    ['Kind', chapter.kind],
    ['States', (chapter.states || [chapter.state]).join(', ')],
    ['Status', badge(chapter.status)],
    ['School', chapter.school],
    ['Parent chapter', chapter.parentChapterId && h('a', { href: `#/directory/${chapter.parentChapterId}` }, chapter.parentChapterId)],
    ['Website', chapter.website && h('a', { href: chapter.website, rel: 'noopener noreferrer' }, chapter.website)],
    ['Public e-mail', chapter.publicEmail && h('a', { href: `mailto:${chapter.publicEmail}` }, chapter.publicEmail)],
    ['Public phone', chapter.publicPhone],
    ['Mailing address', address && [address.street, address.city, address.state, address.postalCode].filter(Boolean).join(', ')],
    ['Founded', chapter.foundedYear],
    ['Members', chapter.memberCount && `${chapter.memberCount.count} (${chapter.memberCount.year})`],
    ['Student program', chapter.studentProgram ? 'Yes' : 'No'],
  ].filter(([, value]) => value !== undefined && value !== null && value !== '');
  return h('dl', { class: 'details' }, rows.map(([term, value]) => [h('dt', null, term), h('dd', null, value)]));
}

function officerRows(terms) {
  return terms.map((term) => h('tr', null,
    h('td', null, term.personName),
    h('td', null, term.role.replace(/-/g, ' ')),
    h('td', null, formatDate(term.start)),
    h('td', null, term.end ? formatDate(term.end) : 'open'),
    h('td', null, term.email ? h('a', { href: `mailto:${term.email}` }, term.email) : '')));
}

export async function chapterView(ctx) {
  const code = ctx.params.code.toUpperCase();
  const [chapter, current, history] = await Promise.all([
    get(`/api/directory/chapters/${encodeURIComponent(code)}`),
    get(`/api/directory/chapters/${encodeURIComponent(code)}/officers?size=50`),
    get(`/api/directory/chapters/${encodeURIComponent(code)}/officers?history=true&size=100`),
  ]);
  const currentIds = new Set(current.content.map((term) => term.termId));
  const past = history.content.filter((term) => !currentIds.has(term.termId));
  const feedback = h('div', { 'aria-live': 'polite' });
  const vcard = h('button', { type: 'button', class: 'button secondary', onclick: async () => {
    try {
      await download(`/api/directory/chapters/${encodeURIComponent(code)}/officers/vcard`, `${code}-officers.vcf`, 'text/vcard');
    } catch (error) {
      feedback.replaceChildren(problemBox(error));
    }
  } }, 'Download officers (vCard)');
  const headers = ['Name', 'Office', 'From', 'To', 'E-mail'];
  return h('article', null,
    pageHeading(chapter.name,
      mayEdit(ctx.user, code) ? h('a', { class: 'button', href: `#/directory/${encodeURIComponent(code)}/edit` }, 'Edit chapter') : null),
    h('p', null, h('a', { href: '#/directory' }, '← All chapters')),
    details(chapter),
    h('section', { 'aria-labelledby': 'current-officers' },
      h('div', { class: 'section-heading' }, h('h2', { id: 'current-officers' }, 'Current officers'), vcard),
      feedback,
      current.content.length ? table(`Current officers of ${chapter.name}`, headers, officerRows(current.content)) : empty('No officer in office today.')),
    h('section', { 'aria-labelledby': 'past-officers' },
      h('h2', { id: 'past-officers' }, 'Past officers'),
      past.length ? table(`Past officers of ${chapter.name}`, headers, officerRows(past)) : empty('No past terms recorded.')));
}
