// Notification preferences (every user) and subscriptions (staff: which bills alert them).

import { h } from '../core/dom.js';
import { get, write } from '../core/api.js';
import { field, input, select, checkbox, pageHeading, empty, problemBox, submitForm, submitEdit, announce } from '../core/ui.js';

const TOPICS = [['legislation', 'Bill alerts'], ['campaigns', 'Campaigns'], ['survey-reminders', 'Survey reminders'],
  ['survey-receipts', 'Survey receipts'], ['welcome', 'Welcome messages']];
const CHANNELS = [['in-app', 'In the inbox'], ['email', 'By e-mail'], ['webhook', 'By webhook']];
const KINDS = [['jurisdiction', 'Jurisdiction (us or a state code)'], ['issue-area', 'Issue area'], ['priority', 'Priority (high, medium, low)'], ['bill', 'One bill (its id)']];

function preferencesForm(prefs) {
  const email = input({ type: 'email', value: prefs.email || '', autocomplete: 'email' });
  const mode = select([['immediate', 'Immediately'], ['daily-digest', 'Daily digest'], ['weekly-digest', 'Weekly digest']], prefs.deliveryMode);
  const channels = CHANNELS.map(([key, label]) => [key, checkbox(label, prefs.channels?.[key])]);
  const topics = TOPICS.map(([key, label]) => [key, checkbox(label, prefs.topics?.[key])]);
  const quietStart = input({ type: 'time', value: prefs.quietHours?.start?.slice(0, 5) || '' });
  const quietEnd = input({ type: 'time', value: prefs.quietHours?.end?.slice(0, 5) || '' });
  const timeZone = input({ value: prefs.quietHours?.timeZone || '', placeholder: 'America/Chicago' });
  const webhookUrl = input({ type: 'url', value: prefs.webhook?.url || '' });
  const webhookSecret = input({ type: 'password', autocomplete: 'new-password' });
  const fields = {
    email: field('E-mail address', email),
    deliveryMode: field('E-mail delivery', mode),
    'quietHours.start': field('Quiet hours start', quietStart),
    'quietHours.end': field('Quiet hours end', quietEnd),
    'quietHours.timeZone': field('Time zone', timeZone, { help: 'An IANA name such as America/Chicago' }),
    'webhook.url': field('Webhook address', webhookUrl),
    'webhook.secret': field('Webhook secret', webhookSecret, { help: prefs.webhook?.secretSet ? 'A secret is set; leave empty to keep it.' : 'Used to sign each call.' }),
  };
  const feedback = h('div', { class: 'feedback' });
  return h('form', { class: 'stacked', 'aria-labelledby': 'prefs-heading', onsubmit: (event) => {
    event.preventDefault();
    const quiet = quietStart.value && quietEnd.value ? { start: quietStart.value, end: quietEnd.value, timeZone: timeZone.value.trim() || 'UTC' } : null;
    const webhook = webhookUrl.value.trim() ? { url: webhookUrl.value.trim(), secret: webhookSecret.value || undefined } : null;
    submitEdit(fields, feedback, async () => {
      await write('PUT', '/api/notifications/me/preferences', {
        email: email.value.trim() || null,
        deliveryMode: mode.value,
        channels: Object.fromEntries(channels.map(([key, box]) => [key, box.querySelector('input').checked])),
        topics: Object.fromEntries(topics.map(([key, box]) => [key, box.querySelector('input').checked])),
        quietHours: quiet,
        webhook,
      });
      announce('Preferences saved.');
      return 'Preferences saved.';
    });
  } },
  h('h2', { id: 'prefs-heading' }, 'Preferences'),
  fields.email,
  h('fieldset', null, h('legend', null, 'Channels'), channels.map(([, box]) => box)),
  h('fieldset', null, h('legend', null, 'Topics'), topics.map(([, box]) => box)),
  fields.deliveryMode,
  h('fieldset', null, h('legend', null, 'Quiet hours (e-mail and webhooks wait)'), fields['quietHours.start'], fields['quietHours.end'], fields['quietHours.timeZone']),
  h('fieldset', null, h('legend', null, 'Webhook'), fields['webhook.url'], fields['webhook.secret']),
  feedback,
  h('button', { type: 'submit', class: 'button' }, 'Save preferences'));
}

function subscriptionsSection(initial) {
  const section = h('section', { 'aria-labelledby': 'subs-heading' });
  const feedback = h('div', { 'aria-live': 'polite' });
  async function reload() {
    try {
      draw(await get('/api/notifications/me/subscriptions'));
    } catch (error) {
      feedback.replaceChildren(problemBox(error));
    }
  }
  function draw(subscriptions) {
    const kind = select(KINDS, 'jurisdiction');
    const value = input({ required: true });
    const fields = { kind: field('Alert me about', kind), value: field('Value', value, { required: true, help: 'e.g. ca, broadband, high, or a bill id' }) };
    section.replaceChildren(
      h('h2', { id: 'subs-heading' }, 'Subscriptions'),
      h('p', null, 'Bill alerts come for the bills, jurisdictions, issue areas and priorities you subscribe to.'),
      subscriptions.length ? h('ul', { class: 'subscriptions', id: 'subscription-list' }, subscriptions.map((sub) => h('li', null,
        h('span', null, `${sub.kind}: ${sub.value}`),
        h('button', { type: 'button', class: 'button secondary small', onclick: async () => {
          try {
            await write('DELETE', `/api/notifications/me/subscriptions/${encodeURIComponent(sub.id)}`);
            announce('Subscription removed.');
            reload();
          } catch (error) {
            feedback.replaceChildren(problemBox(error));
          }
        } }, h('span', null, 'Remove'), h('span', { class: 'visually-hidden' }, ` ${sub.kind} ${sub.value}`))))) : empty('No subscription yet.'),
      h('form', { class: 'inline-form', 'aria-label': 'Add a subscription', onsubmit: async (event) => {
        event.preventDefault();
        await submitForm(fields, feedback, () => write('POST', '/api/notifications/me/subscriptions', { kind: kind.value, value: value.value.trim() }), () => {
          announce('Subscription added.');
          reload();
        });
      } }, fields.kind, fields.value, h('button', { type: 'submit', class: 'button' }, 'Subscribe')),
      feedback);
  }
  draw(initial);
  return section;
}

export async function settingsView(ctx) {
  const [prefs, subscriptions] = await Promise.all([
    get('/api/notifications/me/preferences'),
    ctx.user.isStaff ? get('/api/notifications/me/subscriptions') : Promise.resolve(null),
  ]);
  return h('section', null,
    pageHeading('Notification settings'),
    h('div', { class: 'two-columns' },
      preferencesForm(prefs),
      subscriptions ? subscriptionsSection(subscriptions) : h('p', null, 'Chapter officers hear about their chapter\'s campaigns and reports without subscribing.')));
}
