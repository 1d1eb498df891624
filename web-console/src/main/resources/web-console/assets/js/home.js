// The start page: what the console is for, and the way in for each role.

import { h } from './core/dom.js';
import { signIn } from './core/auth.js';

export function homeView(user) {
  if (!user) {
    return h('section', { class: 'welcome' },
      h('h1', { tabindex: '-1' }, 'Chapter Relations console'),
      h('p', null, 'The chapter directory, the bills the office follows, the yearly State of the Chapter report and your notifications, in one place.'),
      h('p', null, 'Office staff and chapter officers sign in with their platform account.'),
      h('button', { type: 'button', class: 'button', onclick: () => signIn('#/') }, 'Sign in'));
  }
  const links = [
    ['#/directory', 'Directory', 'Find a chapter, its leaders and contacts.'],
    ['#/bills', 'Bills', 'Tracked bills by state, their status and the office\'s position.'],
  ];
  if (user.isOfficer && user.chapterId) links.unshift([`#/survey/report`, 'Your chapter report', `The State of the Chapter report for ${user.chapterId}.`]);
  if (user.isStaff) links.push(['#/survey/status', 'Survey board', 'Which chapters have reported this year.']);
  links.push(['#/inbox', 'Inbox', 'Alerts about bills, campaigns and reports.']);
  return h('section', null,
    h('h1', { tabindex: '-1' }, `Welcome, ${user.name}`),
    h('ul', { class: 'cards' }, links.map(([href, title, text]) => h('li', { class: 'card' },
      h('h2', null, h('a', { href }, title)), h('p', null, text)))));
}
