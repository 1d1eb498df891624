// A chapter's page: its public entry, who leads it now and who led it before, vCards and an edit link for
// those who may edit (staff; the chapter's own officers for its contact fields), who also appoint officers,
// end terms and record successions here.

import { h } from '../core/dom.js';
import { get, download } from '../core/api.js';
import { pageHeading, table, empty, badge, formatDate, problemBox, announce } from '../core/ui.js';
import { appointForm, successionForm, endTermForm, roleName } from './officer-forms.js';

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

function officerRows(terms, endButton) {
  return terms.map((term) => h('tr', null,
    h('td', null, h('a', { href: `#/directory/people/${encodeURIComponent(term.personId)}` }, term.personName)),
    h('td', null, roleName(term.role)),
    h('td', null, formatDate(term.start)),
    h('td', null, term.end ? formatDate(term.end) : 'open'),
    h('td', null, term.email ? h('a', { href: `mailto:${term.email}` }, term.email) : ''),
    endButton ? h('td', null, endButton(term)) : null));
}

async function officersOf(code) {
  const [current, history] = await Promise.all([
    get(`/api/directory/chapters/${encodeURIComponent(code)}/officers?size=50`),
    get(`/api/directory/chapters/${encodeURIComponent(code)}/officers?history=true&size=100`),
  ]);
  const currentIds = new Set(current.content.map((term) => term.termId));
  return { current: current.content, past: history.content.filter((term) => !currentIds.has(term.termId)) };
}

export async function chapterView(ctx) {
  const code = ctx.params.code.toUpperCase();
  const [chapter, officers] = await Promise.all([get(`/api/directory/chapters/${encodeURIComponent(code)}`), officersOf(code)]);
  const editor = mayEdit(ctx.user, code);
  const feedback = h('div', { 'aria-live': 'polite' });
  const outcome = h('div', { class: 'outcome', tabindex: '-1' });
  const endSlot = h('div');
  const currentSlot = h('div');
  const pastSlot = h('div');
  const headers = ['Name', 'Office', 'From', 'To', 'E-mail', ...(editor ? ['Change'] : [])];

  function drawOfficers({ current, past }) {
    const endButton = editor ? (term) => h('button', { type: 'button', class: 'button small secondary', onclick: () => {
      endSlot.replaceChildren(endTermForm(code, term, changed, () => endSlot.replaceChildren()));
      endSlot.querySelector('input').focus();
    } }, 'End term', h('span', { class: 'visually-hidden' }, ` of ${term.personName} (${roleName(term.role)})`)) : null;
    currentSlot.replaceChildren(current.length
      ? table(`Current officers of ${chapter.name}`, headers, officerRows(current, endButton)) : empty('No officer in office today.'));
    pastSlot.replaceChildren(past.length
      ? table(`Past officers of ${chapter.name}`, headers.slice(0, 5), officerRows(past)) : empty('No past terms recorded.'));
  }

  /** After a change: the officers again, and what changed said where the user looks and to screen readers. */
  async function changed(message) {
    endSlot.replaceChildren();
    outcome.replaceChildren(h('p', { class: 'success', role: 'status' }, message));
    announce(message);
    try {
      drawOfficers(await officersOf(code));
    } catch (error) {
      feedback.replaceChildren(problemBox(error));
    }
    outcome.focus();
  }

  const vcard = h('button', { type: 'button', class: 'button secondary', onclick: async () => {
    try {
      await download(`/api/directory/chapters/${encodeURIComponent(code)}/officers/vcard`, `${code}-officers.vcf`, 'text/vcard');
    } catch (error) {
      feedback.replaceChildren(problemBox(error));
    }
  } }, 'Download officers (vCard)');
  drawOfficers(officers);
  return h('article', null,
    pageHeading(chapter.name,
      editor ? h('a', { class: 'button', href: `#/directory/${encodeURIComponent(code)}/edit` }, 'Edit chapter') : null),
    h('p', null, h('a', { href: '#/directory' }, '← All chapters')),
    details(chapter),
    h('section', { 'aria-labelledby': 'current-officers' },
      h('div', { class: 'section-heading' }, h('h2', { id: 'current-officers' }, 'Current officers'), vcard),
      feedback,
      outcome,
      currentSlot,
      endSlot),
    h('section', { 'aria-labelledby': 'past-officers' },
      h('h2', { id: 'past-officers' }, 'Past officers'),
      pastSlot),
    editor ? h('section', { class: 'two-columns officer-changes' },
      appointForm(code, ctx.user, changed),
      successionForm(code, changed)) : null);
}
