// Under a report: its submitted versions with their answers (GET …/versions), and for staff, reopening a
// submitted report after its deadline so the chapter can change it (POST …/reopen).

import { h } from '../core/dom.js';
import { get, write } from '../core/api.js';
import { table, formatDate, problemBox, announce } from '../core/ui.js';

function labelsOf(questionnaire) {
  const labels = new Map();
  (questionnaire?.sections || []).forEach((section) => section.questions.forEach((q) => labels.set(q.key, q.label)));
  return labels;
}

function answerText(value) {
  if (Array.isArray(value)) {
    return value.map((item) => (item && typeof item === 'object' ? `(${answerText(item)})` : String(item))).join(', ');
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).map(([key, v]) => `${key}: ${answerText(v)}`).join('; ');
  }
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  return String(value ?? '');
}

function versionAnswers(version, labels) {
  const entries = Object.entries(version.answers || {});
  return h('details', { class: 'version' },
    h('summary', null, `Version ${version.version}: answers as submitted`),
    entries.length ? h('dl', { class: 'details' }, entries.map(([key, value]) => [h('dt', null, labels.get(key) || key), h('dd', null, answerText(value))]))
      : h('p', null, 'No answers.'));
}

/** The versions table and a button that loads every version's answers. */
export function versionsSection(url, report) {
  if (!report.versions?.length) return null;
  const labels = labelsOf(report.questionnaire);
  const answers = h('div', { 'aria-live': 'polite' });
  const rows = report.versions.map((version) => h('tr', null,
    h('td', null, String(version.version)),
    h('td', null, version.submittedBy || ''),
    h('td', null, formatDate(version.submittedAt)),
    h('td', null, version.late ? 'missed (late)' : 'met')));
  const show = h('button', { type: 'button', class: 'button secondary', onclick: async () => {
    answers.replaceChildren(h('p', { role: 'status' }, 'Loading the versions…'));
    try {
      const versions = await get(`${url}/versions`);
      answers.replaceChildren(...versions.slice().reverse().map((version) => versionAnswers(version, labels)));
      show.hidden = true;
    } catch (error) {
      answers.replaceChildren(problemBox(error));
    }
  } }, 'Show the submitted answers');
  return h('section', { 'aria-labelledby': 'report-versions' },
    h('h2', { id: 'report-versions' }, 'Submitted versions'),
    table('Who submitted each version, and when', ['Version', 'Submitted by', 'Submitted', 'Deadline'], rows),
    show,
    answers);
}

/** Staff reopen a submitted report whose deadline has passed; `onDone` shows the report again. */
export function reopenControl(url, report, user, onDone) {
  if (!user.isStaff || report.state !== 'submitted' || report.reopened || report.editable) return null;
  const feedback = h('div', { 'aria-live': 'polite' });
  return h('div', { class: 'notice', role: 'note' },
    h('p', null, 'The deadline has passed, so the chapter cannot change this report. Reopen it to let them amend it.'),
    h('button', { type: 'button', class: 'button', onclick: async () => {
      try {
        await write('POST', `${url}/reopen`);
        announce('Report reopened.');
        onDone();
      } catch (error) {
        feedback.replaceChildren(problemBox(error));
      }
    } }, 'Reopen for changes'),
    feedback);
}
