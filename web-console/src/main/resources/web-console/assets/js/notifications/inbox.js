// The inbox: newest first, new items appear as the stream delivers them, each can be marked read.

import { h } from '../core/dom.js';
import { get, write, query } from '../core/api.js';
import { navigate } from '../core/router.js';
import { pageHeading, pager, empty, formatDate, problemBox, announce } from '../core/ui.js';
import { onInboxChange, refreshUnread } from './live.js';

function itemView(item, feedback) {
  const li = h('li', { class: `inbox-item${item.read ? '' : ' unread'}`, 'data-id': item.id });
  const markRead = item.read ? null : h('button', { type: 'button', class: 'button secondary small', onclick: async () => {
    try {
      await write('POST', `/api/notifications/me/inbox/${encodeURIComponent(item.id)}/read`);
      li.classList.remove('unread');
      markRead.remove();
      li.querySelector('.unread-label')?.remove();
      announce('Marked as read.');
      refreshUnread();
    } catch (error) {
      feedback.replaceChildren(problemBox(error));
    }
  } }, h('span', null, 'Mark read'), h('span', { class: 'visually-hidden' }, `: ${item.title}`));
  li.append(
    h('h2', { class: 'inbox-title' }, item.read ? null : h('span', { class: 'unread-label' }, 'New: '), item.title),
    h('p', { class: 'inbox-body' }, item.body),
    h('p', { class: 'inbox-meta' }, `${item.topic} · ${formatDate(item.createdAt || item.eventTime)}`),
    markRead);
  return li;
}

export async function inboxView(ctx) {
  const page = Number(ctx.query.page || 0);
  const inbox = await get(`/api/notifications/me/inbox${query({ page, size: 20 })}`);
  const feedback = h('div', { 'aria-live': 'polite' });
  const list = h('ul', { class: 'inbox', id: 'inbox-list' }, inbox.content.map((item) => itemView(item, feedback)));
  const emptyNote = empty('No notifications yet. Alerts about bills, campaigns and reports will appear here.');
  emptyNote.hidden = inbox.content.length > 0;
  if (page === 0) {
    ctx.onLeave(onInboxChange((count, item) => {
      if (!item) return;
      list.prepend(itemView(item, feedback));
      emptyNote.hidden = true;
    }));
  }
  const markAll = h('button', { type: 'button', class: 'button secondary', onclick: async () => {
    try {
      const result = await write('POST', '/api/notifications/me/inbox/read-all');
      announce(`${result.data?.marked ?? 0} marked as read.`);
      await refreshUnread();
      navigate('/inbox', { page, at: Date.now() });
    } catch (error) {
      feedback.replaceChildren(problemBox(error));
    }
  } }, 'Mark all read');
  return h('section', null,
    pageHeading('Inbox', markAll),
    feedback,
    emptyNote,
    list,
    pager(inbox.page, (next) => navigate('/inbox', { page: next })));
}
