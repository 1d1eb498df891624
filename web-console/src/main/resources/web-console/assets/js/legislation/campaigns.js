// Campaigns: calls to action tied to bills. Staff draft, launch and close them; chapter officers read them
// and report what their chapter did; everyone signed in sees the progress.

import { h } from '../core/dom.js';
import { get, write, query } from '../core/api.js';
import { navigate } from '../core/router.js';
import { field, input, select, pageHeading, empty, table, badge, formatDate, problemBox, submitForm, announce, listOf } from '../core/ui.js';
import { meter } from '../core/charts.js';

function campaignForm() {
  const controls = {
    title: input({ required: true }),
    message: h('textarea', { rows: 3, required: true }),
    deadline: input({ type: 'date', required: true }),
    billIds: input(),
    targetStates: input(),
    actionUrl: input({ type: 'url' }),
  };
  const fields = {
    title: field('Title', controls.title, { required: true }),
    message: field('Message to chapters', controls.message, { required: true }),
    deadline: field('Deadline', controls.deadline, { required: true }),
    billIds: field('Bill ids', controls.billIds, { help: 'Separated by commas, e.g. ca-20252026-ab1234' }),
    targetStates: field('Target states', controls.targetStates, { help: 'State codes, separated by commas; default: the bills\' states' }),
    actionUrl: field('Action page', controls.actionUrl, { help: 'Where chapters act (an http or https address)' }),
  };
  const feedback = h('div');
  return h('form', { class: 'stacked', 'aria-labelledby': 'new-campaign', onsubmit: async (event) => {
    event.preventDefault();
    await submitForm(fields, feedback, () => write('POST', '/api/legislation/campaigns', {
      title: controls.title.value.trim(), message: controls.message.value.trim(), deadline: controls.deadline.value || null,
      billIds: listOf(controls.billIds.value), targetStates: listOf(controls.targetStates.value).map((s) => s.toUpperCase()),
      actionUrl: controls.actionUrl.value.trim() || null,
    }), (created) => {
      announce('Campaign drafted.');
      navigate(`/campaigns/${created.data.id}`);
    });
  } },
  h('h2', { id: 'new-campaign' }, 'New campaign'),
  Object.values(fields), feedback,
  h('button', { type: 'submit', class: 'button' }, 'Save draft'));
}

export async function campaignListView(ctx) {
  const status = ctx.query.status || '';
  const campaigns = await get(`/api/legislation/campaigns${query({ status })}`);
  const filter = select([['', 'Any status'], ['draft', 'Draft'], ['launched', 'Launched'], ['closed', 'Closed']], status);
  filter.addEventListener('change', () => navigate('/campaigns', { status: filter.value }));
  const rows = campaigns.map((campaign) => h('tr', null,
    h('td', null, h('a', { href: `#/campaigns/${campaign.id}` }, campaign.title)),
    h('td', null, badge(campaign.status)),
    h('td', null, formatDate(campaign.deadline)),
    h('td', null, (campaign.targetStates || []).join(', ')),
    h('td', null, String(campaign.reportedActions ?? 0))));
  return h('section', null,
    pageHeading('Campaigns'),
    h('div', { class: 'filters' }, field('Status', filter)),
    rows.length ? table('Campaigns, newest first', ['Campaign', 'Status', 'Deadline', 'States', 'Actions reported'], rows)
      : empty('No campaign yet.'),
    ctx.user.isStaff ? campaignForm() : null);
}

function actionForm(campaign, user, onReported) {
  const description = h('textarea', { rows: 2, required: true });
  const participants = input({ type: 'number', min: 0, inputmode: 'numeric' });
  const chapter = input({ value: user.chapterId || '' });
  const fields = {
    description: field('What your chapter did', description, { required: true }),
    participants: field('People who took part', participants),
    chapterId: field('Chapter code', chapter),
  };
  const feedback = h('div');
  return h('form', { class: 'stacked', 'aria-labelledby': 'report-action', onsubmit: async (event) => {
    event.preventDefault();
    await submitForm(fields, feedback, () => write('POST', `/api/legislation/campaigns/${campaign.id}/actions`, {
      description: description.value.trim(),
      participants: participants.value === '' ? null : Number(participants.value),
      chapterId: user.isStaff ? chapter.value.trim().toUpperCase() : undefined,
    }), () => {
      announce('Action reported.');
      onReported();
    });
  } },
  h('h2', { id: 'report-action' }, 'Report an action'),
  fields.description, fields.participants, user.isStaff ? fields.chapterId : null, feedback,
  h('button', { type: 'submit', class: 'button' }, 'Report action'));
}

export async function campaignView(ctx) {
  const id = encodeURIComponent(ctx.params.id);
  const [campaign, progress] = await Promise.all([
    get(`/api/legislation/campaigns/${id}`),
    get(`/api/legislation/campaigns/${id}/progress`),
  ]);
  const feedback = h('div', { 'aria-live': 'polite' });
  const reload = () => navigate(`/campaigns/${campaign.id}`, { at: Date.now() });
  const step = async (action, done) => {
    try {
      await write('POST', `/api/legislation/campaigns/${id}/${action}`);
      announce(done);
      reload();
    } catch (error) {
      feedback.replaceChildren(problemBox(error));
    }
  };
  const staffActions = ctx.user.isStaff ? h('div', { class: 'actions' },
    campaign.status === 'draft' ? h('button', { type: 'button', class: 'button', onclick: () => step('launch', 'Campaign launched.') }, 'Launch campaign') : null,
    campaign.status === 'launched' ? h('button', { type: 'button', class: 'button secondary', onclick: () => step('close', 'Campaign closed.') }, 'Close campaign') : null) : null;
  const rate = progress.chaptersTargeted ? progress.chaptersReported / progress.chaptersTargeted : 0;
  const rows = (progress.chapters || []).map((chapter) => h('tr', null,
    h('td', null, h('a', { href: `#/directory/${chapter.chapterId}` }, chapter.chapterId)),
    h('td', null, String(chapter.actions)),
    h('td', null, String(chapter.participants)),
    h('td', null, formatDate(chapter.lastReportedAt))));
  return h('article', null,
    pageHeading(campaign.title),
    h('p', null, h('a', { href: '#/campaigns' }, '← All campaigns')),
    h('p', null, badge(campaign.status), ` Deadline ${formatDate(campaign.deadline)}`),
    h('p', { class: 'lead' }, campaign.message),
    campaign.actionUrl ? h('p', null, h('a', { href: campaign.actionUrl, rel: 'noopener noreferrer' }, 'Take action')) : null,
    (campaign.billIds || []).length ? h('p', null, 'Bills: ', campaign.billIds.map((billId, i) => [i ? ', ' : '', h('a', { href: `#/bills/${encodeURIComponent(billId)}` }, billId)])) : null,
    staffActions, feedback,
    h('h2', null, 'Progress'),
    meter('Chapters that reported', rate),
    h('p', null, `${progress.chaptersReported} of ${progress.chaptersTargeted} chapters reported ${progress.reportedActions} actions with ${progress.participants} participants.`),
    rows.length ? table('Reports by chapter', ['Chapter', 'Actions', 'Participants', 'Last report'], rows) : empty('No chapter has reported yet.'),
    (progress.notReported || []).length ? h('p', null, `Not reported yet: ${progress.notReported.join(', ')}`) : null,
    campaign.status === 'launched' && (ctx.user.isOfficer || ctx.user.isStaff) ? actionForm(campaign, ctx.user, reload) : null);
}
