// Directory search: filters live in the route's query, so a search can be bookmarked and the back button works.

import { h } from '../core/dom.js';
import { get, download, query } from '../core/api.js';
import { navigate } from '../core/router.js';
import { field, input, select, checkbox, pageHeading, pager, table, empty, badge, problemBox, US_STATES } from '../core/ui.js';

const KINDS = [['', 'Any kind'], ['state', 'State'], ['regional', 'Regional'], ['student', 'Student']];
const STATUSES = [['', 'Any status'], ['active', 'Active'], ['retired', 'Retired']];

function filtersOf(q) {
  return { q: q.q || '', kind: q.kind || '', state: q.state || '', status: q.status || '', studentProgram: q.studentProgram || '' };
}

export async function chapterListView(ctx) {
  const filters = filtersOf(ctx.query);
  const page = Number(ctx.query.page || 0);
  const result = await get(`/api/directory/chapters${query({ ...filters, page, size: 20, sort: 'name,asc' })}`);

  const search = input({ type: 'search', value: filters.q });
  const kind = select(KINDS, filters.kind);
  const state = select([['', 'Any state'], ...US_STATES.map((code) => [code, code])], filters.state);
  const status = select(STATUSES, filters.status);
  const student = checkbox('Has a student program', filters.studentProgram === 'true');
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Search chapters', onsubmit: (event) => {
    event.preventDefault();
    navigate('/directory', { q: search.value.trim(), kind: kind.value, state: state.value, status: status.value,
      studentProgram: student.querySelector('input').checked ? 'true' : '' });
  } },
  field('Name, code or city', search),
  field('Kind', kind),
  field('State', state),
  field('Status', status),
  student,
  h('button', { type: 'submit', class: 'button' }, 'Search'));

  const feedback = h('div', { 'aria-live': 'polite' });
  const csv = h('button', { type: 'button', class: 'button secondary', onclick: async () => {
    try {
      await download(`/api/directory/chapters/export.csv${query(filters)}`, 'chapters.csv', 'text/csv');
    } catch (error) {
      feedback.replaceChildren(problemBox(error));
    }
  } }, 'Download CSV');

  const rows = result.content.map((chapter) => h('tr', null,
    h('td', null, h('a', { href: `#/directory/${encodeURIComponent(chapter.code)}` }, chapter.name)),
    h('td', null, chapter.code),
    h('td', null, chapter.kind),
    h('td', null, (chapter.states || [chapter.state]).join(', ')),
    h('td', null, badge(chapter.status))));

  return h('section', null,
    pageHeading('Directory', h('a', { class: 'button secondary', href: '#/directory/people' }, 'People'), csv),
    form,
    feedback,
    h('p', { role: 'status' }, `${result.page.totalElements} chapters found.`),
    rows.length ? table('Chapters', ['Name', 'Code', 'Kind', 'States', 'Status'], rows) : empty('No chapter matches these filters.'),
    pager(result.page, (next) => navigate('/directory', { ...filters, page: next })));
}
