// The bills dashboard: a state grid of tracked bills, filters, and the matching bills, newest activity first.

import { h } from '../core/dom.js';
import { get, download, query } from '../core/api.js';
import { navigate, hrefFor } from '../core/router.js';
import { field, input, select, pageHeading, pager, table, empty, badge, formatDate, problemBox } from '../core/ui.js';
import { stateGrid } from './state-grid.js';

export const STATUSES = ['introduced', 'in-committee', 'passed-one-chamber', 'passed-both-chambers', 'sent-to-executive',
  'enacted', 'vetoed', 'failed', 'dead'];
export const POSITIONS = ['support', 'oppose', 'monitor', 'neutral'];
export const PRIORITIES = ['high', 'medium', 'low'];

function filtersOf(q) {
  return { q: q.q || '', jurisdiction: q.jurisdiction || '', status: q.status || '', position: q.position || '',
    priority: q.priority || '', tracked: q.tracked ?? 'true' };
}

export async function billDashboardView(ctx) {
  const filters = filtersOf(ctx.query);
  const page = Number(ctx.query.page || 0);
  const listFilters = { ...filters, tracked: filters.tracked === 'any' ? '' : filters.tracked };
  const [summary, bills] = await Promise.all([
    get(`/api/legislation/summary${query({ ...listFilters, jurisdiction: '' })}`),
    get(`/api/legislation/bills${query({ ...listFilters, page, size: 20, sort: 'latestActionDate,desc' })}`),
  ]);

  const q = input({ type: 'search', value: filters.q });
  const jurisdiction = input({ value: filters.jurisdiction, maxlength: 2, autocomplete: 'off' });
  const status = select([['', 'Any status'], ...STATUSES.map((s) => [s, s.replace(/-/g, ' ')])], filters.status);
  const position = select([['', 'Any position'], ...POSITIONS.map((p) => [p, p])], filters.position);
  const priority = select([['', 'Any priority'], ...PRIORITIES.map((p) => [p, p])], filters.priority);
  const tracked = select([['true', 'Tracked bills'], ['false', 'Not tracked'], ['any', 'All bills']], filters.tracked);
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter bills', onsubmit: (event) => {
    event.preventDefault();
    navigate('/bills', { q: q.value.trim(), jurisdiction: jurisdiction.value.trim().toLowerCase(), status: status.value,
      position: position.value, priority: priority.value, tracked: tracked.value });
  } },
  field('Words or bill number', q),
  field('Jurisdiction', jurisdiction, { help: 'us, or a state code such as ca' }),
  field('Status', status),
  field('Position', position),
  field('Priority', priority),
  field('Show', tracked),
  h('button', { type: 'submit', class: 'button' }, 'Filter'));

  const feedback = h('div', { 'aria-live': 'polite' });
  const csv = h('button', { type: 'button', class: 'button secondary', onclick: async () => {
    try {
      await download(`/api/legislation/bills.csv${query(listFilters)}`, 'bills.csv', 'text/csv');
    } catch (error) {
      feedback.replaceChildren(problemBox(error));
    }
  } }, 'Download CSV');

  const rows = bills.content.map((bill) => h('tr', null,
    h('td', null, h('a', { href: `#/bills/${encodeURIComponent(bill.id)}` }, `${bill.jurisdiction.toUpperCase()} ${bill.identifier}`)),
    h('td', null, bill.title),
    h('td', null, badge(bill.status.replace(/-/g, ' '), bill.status)),
    h('td', null, bill.position ? badge(bill.position) : '—'),
    h('td', null, bill.priority || '—'),
    h('td', null, formatDate(bill.latestActionDate))));

  const tileHref = (code) => hrefFor('/bills', { ...filters, jurisdiction: filters.jurisdiction === code ? '' : code });
  return h('section', null,
    pageHeading('Bills', csv),
    stateGrid(summary.jurisdictions || [], tileHref, filters.jurisdiction),
    form,
    feedback,
    h('p', { role: 'status' }, `${bills.page.totalElements} bills found.`),
    rows.length ? table('Bills', ['Bill', 'Title', 'Status', 'Position', 'Priority', 'Latest action'], rows)
      : empty('No bill matches these filters.'),
    pager(bills.page, (next) => navigate('/bills', { ...filters, page: next })));
}
