// Bill sources (staff): the public APIs the legislation service polls, each with its cursor and its last run's
// times, counts and error; "Run now" starts a run (409 while one holds the source).

import { h, replace } from '../core/dom.js';
import { get, write } from '../core/api.js';
import { pageHeading, empty, table, badge, problemBox, announce, formatDate } from '../core/ui.js';

const PROVIDERS = { 'open-states': 'Open States', congress: 'Congress.gov' };

function lastRunText(run) {
  if (!run) return 'Never run';
  const counts = `${run.pages} pages: ${run.created} new, ${run.updated} updated, ${run.unchanged} unchanged, ${run.rejected} rejected`;
  const when = run.finishedAt ? `${formatDate(run.startedAt)} to ${formatDate(run.finishedAt)}` : `since ${formatDate(run.startedAt)}`;
  return `${when} (${run.trigger}); ${counts}`;
}

function errorText(run) {
  const error = run?.error;
  if (!error) return '';
  return `${error.message}${error.status ? ` (HTTP ${error.status})` : ''}, ${formatDate(error.at)}`;
}

function sourceRow(source, output, reload) {
  const name = `${PROVIDERS[source.provider] || source.provider} ${source.jurisdiction ? source.jurisdiction.toUpperCase() : ''}`.trim();
  // ids are path-safe (open-states:ca, congress); an encoded colon would meet the gateway's firewall for nothing
  const state = !source.enabled ? 'disabled' : source.running ? 'running' : source.lastRun?.outcome || 'not run yet';
  return h('tr', null,
    h('th', { scope: 'row' }, name, h('br'), h('code', null, source.id)),
    h('td', null, badge(state, state === 'succeeded' ? 'active' : state === 'failed' ? 'failed' : 'draft')),
    h('td', null, source.cursor ? formatDate(source.cursor) : ''),
    h('td', null, lastRunText(source.lastRun)),
    h('td', null, errorText(source.lastRun)),
    h('td', null, source.enabled ? h('button', { type: 'button', class: 'button secondary', disabled: source.running, onclick: async () => {
      try {
        await write('POST', `/api/legislation/sync/sources/${source.id}/runs`);
        announce(`Run of ${name} started.`);
        reload();
      } catch (error) {
        output.replaceChildren(problemBox(error));
      }
    } }, `Run ${name} now`) : null));
}

export async function syncSourcesView() {
  const container = h('section');
  const output = h('div', { 'aria-live': 'polite' });
  async function load() {
    const sources = await get('/api/legislation/sync/sources');
    replace(container,
      pageHeading('Bill sources', h('button', { type: 'button', class: 'button secondary', onclick: reload }, 'Refresh')),
      h('p', null, 'Bills are fetched from these public APIs on a schedule. The cursor is the newest update stored; the next run starts a little before it.'),
      output,
      sources.length ? table('Sources', ['Source', 'State', 'Cursor', 'Last run', 'Last error', 'Run'],
        sources.map((source) => sourceRow(source, output, reload))) : empty('No source is configured.'));
  }
  function reload() {
    load().catch((error) => container.replaceChildren(pageHeading('Bill sources'), problemBox(error)));
  }
  await load();
  return container;
}
