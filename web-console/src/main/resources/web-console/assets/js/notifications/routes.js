import { route } from '../core/router.js';
import { inboxView } from './inbox.js';
import { settingsView } from './settings.js';

export function registerNotifications() {
  route('/inbox', 'Inbox', inboxView);
  route('/settings', 'Notification settings', settingsView);
}
