// The unread badge, kept live by the inbox's Server-Sent Events. EventSource cannot send a bearer header,
// so the stream is read with fetch() and a ReadableStream and parsed here (event:, id:, data:, blank line).

import { accessToken } from '../core/auth.js';
import { get } from '../core/api.js';
import { announce } from '../core/ui.js';

const listeners = new Set();
let unread = 0;
let stopped = false;
let running = false;
let controller = null;

/** Called with (count) whenever the unread count changes, and with (count, item) for a new item. */
export function onInboxChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(item) {
  listeners.forEach((listener) => listener(unread, item));
}

export function unreadCount() {
  return unread;
}

/** Re-reads the count from the service (after marking items read, say). */
export async function refreshUnread() {
  try {
    unread = (await get('/api/notifications/me/inbox/unread-count')).unread ?? 0;
    emit(null);
  } catch {
    // the badge keeps its last value; the next event or refresh corrects it
  }
}

function parseBlock(block) {
  const event = { type: 'message', data: '' };
  for (const line of block.split('\n')) {
    if (!line || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const name = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (name === 'event') event.type = value;
    else if (name === 'data') event.data += (event.data ? '\n' : '') + value;
    else if (name === 'id') event.id = value;
  }
  return event;
}

function received(event) {
  if (event.type !== 'inbox-item' || !event.data) return;
  const item = JSON.parse(event.data);
  if (!item.read) unread += 1;
  emit(item);
  announce(`New notification: ${item.title}. ${unread} unread.`);
}

async function readStream() {
  controller = new AbortController();
  const response = await fetch('/api/notifications/me/inbox/stream', {
    headers: { Authorization: `Bearer ${accessToken()}`, Accept: 'text/event-stream' },
    signal: controller.signal,
  });
  if (response.status === 401 || response.status === 403) {
    stopped = true;
    return;
  }
  if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
  // Items that arrived while no stream was open are counted by the service.
  await refreshUnread();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value.replace(/\r\n?/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      received(parseBlock(buffer.slice(0, end)));
      buffer = buffer.slice(end + 2);
    }
  }
}

/**
 * Opens the stream and keeps it open: reconnects after a drop, waiting longer each time (up to 30 s). Without a
 * valid token it stops; called again after the token is renewed, it starts once more (never two streams).
 */
export async function startLiveInbox() {
  if (running) return;
  running = true;
  stopped = false;
  try {
    let wait = 1000;
    while (!stopped && accessToken()) {
      const opened = Date.now();
      try {
        await readStream();
      } catch {
        // dropped or refused: try again below
      }
      if (stopped || !accessToken()) return;
      wait = Date.now() - opened > 60000 ? 1000 : Math.min(wait * 2, 30000);
      await new Promise((resolve) => { setTimeout(resolve, wait); });
    }
  } finally {
    running = false;
  }
}

export function stopLiveInbox() {
  stopped = true;
  controller?.abort();
}
