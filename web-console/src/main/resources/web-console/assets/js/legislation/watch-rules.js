// Watch rules (staff): saved queries that track new matching bills. A rule's dry run shows which existing
// bills it would match, without tracking them. A rule is changed on its own page (watch-rule-edit.js).

import { h, replace } from '../core/dom.js';
import { get, write } from '../core/api.js';
import { field, input, select, pageHeading, empty, table, badge, problemBox, submitForm, announce, listOf } from '../core/ui.js';
import { POSITIONS, PRIORITIES } from './bill-dashboard.js';

export function dryRunResult(result) {
  const rows = result.bills.map((bill) => h('tr', null,
    h('td', null, h('a', { href: `#/bills/${encodeURIComponent(bill.id)}` }, `${bill.jurisdiction.toUpperCase()} ${bill.identifier}`)),
    h('td', null, bill.title),
    h('td', null, bill.tracked ? 'yes' : 'no')));
  return h('div', { class: 'dry-run' },
    h('p', { role: 'status' }, `Matches ${result.matched} bills, ${result.alreadyTracked} already tracked.`),
    rows.length ? table('Bills this rule matches', ['Bill', 'Title', 'Tracked'], rows) : null);
}

function ruleItem(rule, reload) {
  const output = h('div', { 'aria-live': 'polite' });
  const criteria = [
    rule.keywords?.length ? `keywords: ${rule.keywords.join(', ')}` : null,
    rule.subjects?.length ? `subjects: ${rule.subjects.join(', ')}` : null,
    rule.sponsors?.length ? `sponsors: ${rule.sponsors.join(', ')}` : null,
    `in ${rule.jurisdictions?.length ? rule.jurisdictions.join(', ') : 'every jurisdiction'}`,
  ].filter(Boolean).join('; ');
  return h('li', { class: 'card' },
    h('h2', null, rule.name),
    h('p', null, criteria),
    rule.defaults ? h('p', null, 'Tracks with ', badge(rule.defaults.position || 'no position'), ` priority ${rule.defaults.priority || 'none'}`) : null,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button secondary', onclick: async () => {
        output.replaceChildren(h('p', { role: 'status' }, 'Running…'));
        try {
          output.replaceChildren(dryRunResult(await get(`/api/legislation/watch-rules/${rule.id}/dry-run`)));
        } catch (error) {
          output.replaceChildren(problemBox(error));
        }
      } }, `Dry run of ${rule.name}`),
      h('a', { class: 'button secondary', href: `#/watch-rules/${encodeURIComponent(rule.id)}/edit` }, `Edit ${rule.name}`),
      h('button', { type: 'button', class: 'button danger', onclick: async () => {
        // eslint-disable-next-line no-alert
        if (!window.confirm(`Delete the watch rule "${rule.name}"?`)) return;
        try {
          await write('DELETE', `/api/legislation/watch-rules/${rule.id}`);
          announce('Watch rule deleted.');
          reload();
        } catch (error) {
          output.replaceChildren(problemBox(error));
        }
      } }, `Delete ${rule.name}`)),
    output);
}

/** The rule's controls (filled from `rule` when editing), their field wrappers by API name, and the body. */
export function ruleFields(rule = {}) {
  const join = (list) => (list || []).join(', ');
  const controls = {
    name: input({ required: true, value: rule.name || '' }),
    keywords: input({ value: join(rule.keywords) }),
    subjects: input({ value: join(rule.subjects) }),
    sponsors: input({ value: join(rule.sponsors) }),
    jurisdictions: input({ value: join(rule.jurisdictions) }),
    position: select([['', '(none)'], ...POSITIONS.map((p) => [p, p])], rule.id ? rule.defaults?.position || '' : 'monitor'),
    priority: select([['', '(none)'], ...PRIORITIES.map((p) => [p, p])], rule.defaults?.priority || ''),
    issueAreas: input({ value: join(rule.defaults?.issueAreas) }),
  };
  const fields = {
    name: field('Rule name', controls.name, { required: true }),
    keywords: field('Keywords', controls.keywords, { help: 'Words or phrases, separated by commas' }),
    subjects: field('Subjects', controls.subjects, { help: 'Separated by commas' }),
    sponsors: field('Sponsors', controls.sponsors, { help: 'Names, separated by commas' }),
    jurisdictions: field('Jurisdictions', controls.jurisdictions, { help: 'us or state codes; empty for all' }),
    'defaults.position': field('Position for matched bills', controls.position),
    'defaults.priority': field('Priority for matched bills', controls.priority),
    'defaults.issueAreas': field('Issue areas for matched bills', controls.issueAreas),
  };
  const body = () => ({
    name: controls.name.value.trim(),
    keywords: listOf(controls.keywords.value),
    subjects: listOf(controls.subjects.value),
    sponsors: listOf(controls.sponsors.value),
    jurisdictions: listOf(controls.jurisdictions.value).map((j) => j.toLowerCase()),
    defaults: { position: controls.position.value || null, priority: controls.priority.value || null,
      issueAreas: listOf(controls.issueAreas.value) },
  });
  return { fields, body };
}

function ruleForm(reload) {
  const { fields, body } = ruleFields();
  const feedback = h('div');
  return h('form', { class: 'stacked', 'aria-labelledby': 'new-rule', onsubmit: async (event) => {
    event.preventDefault();
    await submitForm(fields, feedback, () => write('POST', '/api/legislation/watch-rules', body()), () => {
      announce('Watch rule created.');
      reload();
    });
  } },
  h('h2', { id: 'new-rule' }, 'New watch rule'),
  Object.values(fields),
  feedback,
  h('button', { type: 'submit', class: 'button' }, 'Create rule'));
}

export async function watchRulesView(ctx) {
  const container = h('section');
  async function load() {
    const rules = await get('/api/legislation/watch-rules');
    replace(container,
      pageHeading('Watch rules'),
      h('p', null, 'A new or changed bill that matches a rule is tracked with the rule\'s defaults. Existing bills are not: the dry run lists them.'),
      rules.length ? h('ul', { class: 'cards' }, rules.map((rule) => ruleItem(rule, reload))) : empty('No watch rule yet.'),
      ctx.user.isStaff ? ruleForm(reload) : null);
  }
  function reload() {
    load().catch((error) => container.replaceChildren(pageHeading('Watch rules'), problemBox(error)));
  }
  await load();
  return container;
}
