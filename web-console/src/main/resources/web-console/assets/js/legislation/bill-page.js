// A bill's page: its status timeline, actions, sponsors and texts, and for staff the office's position
// (PATCH with If-Match: a change made meanwhile answers 412 and the form says so).

import { h } from '../core/dom.js';
import { getVersioned, write } from '../core/api.js';
import { field, input, select, checkbox, pageHeading, table, empty, badge, formatDate, submitEdit, announce, listOf } from '../core/ui.js';
import { STATUSES, POSITIONS, PRIORITIES } from './bill-dashboard.js';

function timeline(bill) {
  const reached = new Map((bill.statusHistory || []).map((entry) => [entry.status, entry.since]));
  const path = STATUSES.filter((status) => !['vetoed', 'failed', 'dead'].includes(status) || reached.has(status));
  return h('ol', { class: 'timeline', 'aria-label': 'Status timeline' }, path.map((status) => {
    const since = reached.get(status);
    const isCurrent = status === bill.status;
    return h('li', { class: `step${since ? ' done' : ''}${isCurrent ? ' current' : ''}`, 'aria-current': isCurrent ? 'step' : null },
      h('span', { class: 'step-name' }, status.replace(/-/g, ' ')),
      h('span', { class: 'step-date' }, since ? formatDate(since) : 'not yet'));
  }));
}

function positionForm(bill, etagRef, onSaved) {
  const position = select([['', '(none)'], ...POSITIONS.map((p) => [p, p])], bill.position || '');
  const priority = select([['', '(none)'], ...PRIORITIES.map((p) => [p, p])], bill.priority || '');
  const issueAreas = input({ value: (bill.issueAreas || []).join(', ') });
  const owner = input({ value: bill.owner || '' });
  const notes = h('textarea', { rows: 3, value: bill.notes || '' });
  // Taking a position is how the office starts following a bill: ticked unless it was untracked on purpose.
  const tracked = checkbox('Tracked by the office', bill.tracked || !bill.position);
  const fields = {
    position: field('Position', position),
    priority: field('Priority', priority),
    issueAreas: field('Issue areas', issueAreas, { help: 'Slugs separated by commas, e.g. funding, broadband' }),
    owner: field('Owner', owner),
    notes: field('Staff notes', notes),
  };
  const feedback = h('div', { class: 'feedback' });
  return h('form', { class: 'stacked', 'aria-labelledby': 'position-heading', onsubmit: async (event) => {
    event.preventDefault();
    await submitEdit(fields, feedback, async () => {
      const saved = await write('PATCH', `/api/legislation/bills/${encodeURIComponent(bill.id)}/position`, {
        position: position.value, priority: priority.value, issueAreas: listOf(issueAreas.value),
        owner: owner.value.trim(), notes: notes.value, tracked: tracked.querySelector('input').checked,
      }, etagRef.etag);
      etagRef.etag = saved.etag;
      announce('Position saved.');
      onSaved(saved.data);
      return 'Position saved.';
    });
  } },
  h('h2', { id: 'position-heading' }, 'Office position'),
  fields.position, fields.priority, fields.issueAreas, fields.owner, fields.notes, tracked,
  feedback,
  h('button', { type: 'submit', class: 'button' }, 'Save position'));
}

function summaryList(bill) {
  return h('dl', { class: 'details' },
    h('dt', null, 'Jurisdiction'), h('dd', null, bill.jurisdiction.toUpperCase()),
    h('dt', null, 'Session'), h('dd', null, bill.session?.name || bill.session?.identifier),
    h('dt', null, 'Status'), h('dd', { id: 'bill-status' }, badge(bill.status.replace(/-/g, ' '), bill.status)),
    h('dt', null, 'Position'), h('dd', { id: 'bill-position' }, bill.position ? badge(bill.position) : 'none', bill.tracked ? ' (tracked)' : ' (not tracked)'),
    h('dt', null, 'Priority'), h('dd', null, bill.priority || 'none'),
    h('dt', null, 'Subjects'), h('dd', null, (bill.subjects || []).join(', ') || '—'),
    h('dt', null, 'Issue areas'), h('dd', null, (bill.issueAreas || []).join(', ') || '—'));
}

export async function billView(ctx) {
  const { data, etag } = await getVersioned(`/api/legislation/bills/${encodeURIComponent(ctx.params.id)}`);
  let bill = data;
  const etagRef = { etag };
  const summarySlot = h('div', null, summaryList(bill));
  const actions = (bill.actions || []).slice().sort((a, b) => (b.order || 0) - (a.order || 0)).map((action) => h('tr', null,
    h('td', null, formatDate(action.date)), h('td', null, action.chamber || ''), h('td', null, action.description)));
  const sponsors = (bill.sponsorships || []).map((s) => h('li', null,
    `${s.name}${s.primary ? ' (primary)' : ''}${s.party ? `, ${s.party}` : ''}${s.chamber ? `, ${s.chamber}` : ''}`));
  const documents = [...(bill.versions || []), ...(bill.documents || [])].flatMap((doc) => (doc.links || []).map((link) =>
    h('li', null, h('a', { href: link.url, rel: 'noopener noreferrer' }, `${doc.note || 'Text'}${doc.date ? ` (${formatDate(doc.date)})` : ''}`))));
  return h('article', null,
    pageHeading(`${bill.jurisdiction.toUpperCase()} ${bill.identifier}`),
    h('p', { class: 'lead' }, bill.title),
    h('p', null, h('a', { href: '#/bills' }, '← All bills')),
    h('div', { class: 'two-columns' },
      h('div', null,
        summarySlot,
        h('h2', null, 'Status'),
        timeline(bill),
        (bill.abstracts || []).length ? [h('h2', null, 'Summary'), bill.abstracts.map((a) => h('p', null, a.abstract))] : null),
      ctx.user.isStaff ? positionForm(bill, etagRef, (saved) => { bill = saved; summarySlot.replaceChildren(summaryList(bill)); }) : null),
    h('h2', null, 'Actions'),
    actions.length ? table('Actions, newest first', ['Date', 'Chamber', 'Action'], actions) : empty('No action recorded.'),
    h('h2', null, 'Sponsors'),
    sponsors.length ? h('ul', null, sponsors) : empty('No sponsor recorded.'),
    documents.length ? [h('h2', null, 'Texts and documents'), h('ul', null, documents)] : null);
}
