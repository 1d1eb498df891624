// The console's entry point: signs the user in (or finishes signing in), draws the navigation for their
// roles, keeps the unread badge live and shows the screen the hash route names.

import { h, replace } from './core/dom.js';
import { loadConfig, completeSignIn, currentUser, keepSignedIn, onRenewed, signIn, signOut } from './core/auth.js';
import { show, route, parseHash } from './core/router.js';
import { problemBox } from './core/ui.js';
import { onInboxChange, refreshUnread, startLiveInbox } from './notifications/live.js';
import { registerDirectory } from './directory/routes.js';
import { registerLegislation } from './legislation/routes.js';
import { registerSurvey } from './survey/routes.js';
import { registerNotifications } from './notifications/routes.js';
import { homeView } from './home.js';

const main = document.getElementById('main');
const nav = document.getElementById('main-nav');
const menuToggle = document.getElementById('menu-toggle');

function navItems(user) {
  const items = [
    ['#/directory', 'Directory'],
    ['#/bills', 'Bills'],
  ];
  if (user.isStaff) items.push(['#/watch-rules', 'Watch rules'], ['#/bill-sources', 'Bill sources']);
  items.push(['#/campaigns', 'Campaigns']);
  if (user.isOfficer && user.chapterId) items.push(['#/survey/report', 'Report']);
  if (user.isStaff) items.push(['#/survey/status', 'Survey board'], ['#/survey/results', 'Results']);
  items.push(['#/inbox', 'Inbox'], ['#/settings', 'Settings']);
  return items;
}

function drawNav(user) {
  const badge = h('span', { class: 'badge', id: 'unread-badge', hidden: true });
  replace(nav, h('ul', null, navItems(user).map(([href, label]) => h('li', null,
    h('a', { href, 'data-section': href.split('/')[1] }, label, href === '#/inbox' ? badge : null)))));
  onInboxChange((count) => {
    badge.hidden = count === 0;
    replace(badge, h('span', { class: 'visually-hidden' }, ', '), String(count), h('span', { class: 'visually-hidden' }, ' unread'));
  });
}

function markCurrent() {
  const section = parseHash().path.split('/')[1] || '';
  const report = parseHash().path.startsWith('/survey/report');
  nav.querySelectorAll('a').forEach((link) => {
    const href = link.getAttribute('href');
    const current = href === `#${parseHash().path}` || (link.dataset.section === section && section !== 'survey') || (report && href === '#/survey/report');
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
}

function drawAccount(user) {
  const account = document.getElementById('account');
  if (!user) {
    replace(account, h('button', { type: 'button', class: 'button', onclick: () => signIn() }, 'Sign in'));
    return;
  }
  const who = user.chapterId ? `${user.name} (${user.roles.join(', ')}, ${user.chapterId})` : `${user.name} (${user.roles.join(', ')})`;
  replace(account,
    h('span', { class: 'who' }, 'Signed in as ', h('strong', { id: 'signed-in-user' }, who)),
    h('button', { type: 'button', class: 'button secondary', onclick: signOut }, 'Sign out'));
}

/** On a narrow screen the navigation folds behind a Menu button (Escape closes it again). */
function setUpMenu() {
  menuToggle.hidden = false;
  const close = () => {
    menuToggle.setAttribute('aria-expanded', 'false');
    nav.classList.remove('open');
  };
  menuToggle.addEventListener('click', () => {
    const open = menuToggle.getAttribute('aria-expanded') !== 'true';
    menuToggle.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('open', open);
    if (open) nav.querySelector('a')?.focus();
  });
  nav.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && nav.classList.contains('open')) {
      close();
      menuToggle.focus();
    }
  });
  nav.addEventListener('click', (event) => { if (event.target.closest('a')) close(); });
}

function setUpSkipLink() {
  // The skip link must not change the hash: that would be read as a route.
  document.getElementById('skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    (main.querySelector('h1') || main).focus();
  });
}

async function start() {
  setUpSkipLink();
  try {
    await loadConfig();
    await completeSignIn();
  } catch (error) {
    drawAccount(null);
    replace(main, h('h1', { tabindex: '-1' }, 'Sign-in problem'), problemBox(error),
      h('p', null, h('button', { type: 'button', class: 'button', onclick: () => signIn('#/') }, 'Sign in again')));
    return;
  }
  const user = currentUser();
  drawAccount(user);
  if (!user) {
    replace(main, homeView(null));
    return;
  }
  keepSignedIn();
  drawNav(user);
  setUpMenu();
  registerDirectory(user);
  registerLegislation(user);
  registerSurvey(user);
  registerNotifications(user);
  route('/', 'Start', () => homeView(user));
  const render = () => { markCurrent(); show(main, user); };
  window.addEventListener('hashchange', () => { if (location.hash === '' || location.hash.startsWith('#/')) render(); });
  render();
  refreshUnread();
  startLiveInbox();
  // A stream refused or dropped while the token had run out (a computer asleep) starts again with the new one.
  onRenewed(() => {
    refreshUnread();
    startLiveInbox();
  });
}

start();
