// Changing a watch rule (staff): the whole rule replaced with the ETag of the version shown (If-Match), then
// its dry run, so the user sees at once which existing bills the changed rule matches.

import { h } from '../core/dom.js';
import { get, getVersioned, write } from '../core/api.js';
import { pageHeading, problemBox, submitEdit, announce } from '../core/ui.js';
import { ruleFields, dryRunResult } from './watch-rules.js';

export async function watchRuleEditView(ctx) {
  if (!ctx.user.isStaff) {
    return h('section', null, pageHeading('Edit watch rule'), h('p', { class: 'problem', role: 'alert' }, 'Only office staff change watch rules.'));
  }
  const url = `/api/legislation/watch-rules/${encodeURIComponent(ctx.params.id)}`;
  let { data: rule, etag } = await getVersioned(url);
  const { fields, body } = ruleFields(rule);
  const feedback = h('div', { class: 'feedback' });
  const dryRun = h('section', { 'aria-labelledby': 'dry-run-heading', hidden: true },
    h('h2', { id: 'dry-run-heading' }, 'Dry run of the changed rule'));

  async function runDry() {
    const slot = h('div', null, h('p', { role: 'status' }, 'Running…'));
    dryRun.replaceChildren(dryRun.firstChild, slot);
    dryRun.hidden = false;
    try {
      slot.replaceChildren(dryRunResult(await get(`${url}/dry-run`)));
    } catch (error) {
      slot.replaceChildren(problemBox(error));
    }
  }

  const form = h('form', { class: 'stacked', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    const saved = await submitEdit(fields, feedback, async () => {
      const answer = await write('PUT', url, body(), etag);
      rule = answer.data;
      etag = answer.etag || etag;
      announce('Watch rule saved.');
      return `Saved. ${rule.name} applies to new and changed bills from now on.`;
    });
    if (saved) await runDry();
  } },
  Object.values(fields),
  feedback,
  h('div', { class: 'actions' },
    h('button', { type: 'submit', class: 'button' }, 'Save rule'),
    h('button', { type: 'button', class: 'button secondary', onclick: runDry }, 'Dry run'),
    h('a', { href: '#/watch-rules' }, 'Back to the watch rules')));

  return h('section', null, pageHeading(`Edit ${rule.name}`), form, dryRun);
}
