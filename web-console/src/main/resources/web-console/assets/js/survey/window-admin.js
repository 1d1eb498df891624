// The year's survey window on the staff board: its dates and extensions, opening it now when it is only
// scheduled, and giving one chapter a later deadline (PUT …/extensions/{chapterId}).

import { h } from '../core/dom.js';
import { write } from '../core/api.js';
import { field, input, select, problemBox, submitForm, formatDate } from '../core/ui.js';

function addDays(isoDate, days) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function windowLine(survey) {
  const extensions = Object.entries(survey.extensions || {});
  return h('p', { class: 'window-dates' },
    `Opens ${formatDate(survey.opensOn)}, closes ${formatDate(survey.closesOn)}.`,
    survey.openedOn ? ` Opened ${formatDate(survey.openedOn)}.` : '',
    extensions.length ? ` Extensions: ${extensions.map(([chapter, date]) => `${chapter} until ${formatDate(date)}`).join(', ')}.` : '');
}

function openControl(year, survey, onDone) {
  if (survey.state !== 'scheduled') return null;
  const feedback = h('div', { 'aria-live': 'polite' });
  return h('div', { class: 'notice', role: 'note' },
    h('p', null, `The ${year} survey is scheduled but not open yet. Opening it now lets every chapter on the roster answer.`),
    h('button', { type: 'button', class: 'button', onclick: async () => {
      try {
        await write('POST', `/api/surveys/${year}/open`);
        onDone(`The ${year} survey is open.`);
      } catch (error) {
        feedback.replaceChildren(problemBox(error));
      }
    } }, 'Open the survey now'),
    feedback);
}

/** `chosen`: the chapter of the last extension granted, still selected after the board is drawn again. */
function extensionForm(year, survey, board, chosen, onDone) {
  const waiting = board.chapters.filter((chapter) => chapter.status !== 'submitted');
  const chapter = select(board.chapters.map((c) => [c.chapterId, `${c.name || c.chapterId} (${c.chapterId})`]),
    chosen || waiting[0]?.chapterId);
  const deadline = input({ type: 'date', value: addDays(survey.closesOn, 14) });
  const fields = {
    chapterId: field('Chapter', chapter),
    deadline: field('New deadline', deadline, { required: true, help: `On or after the closing date, ${formatDate(survey.closesOn)}.` }),
  };
  const feedback = h('div', { class: 'feedback' });
  return h('form', { class: 'extension-form', novalidate: true, 'aria-labelledby': 'extension-heading', onsubmit: (event) => {
    event.preventDefault();
    submitForm(fields, feedback, async () => {
      const { data } = await write('PUT', `/api/surveys/${year}/extensions/${encodeURIComponent(chapter.value)}`,
        { deadline: deadline.value || null });
      return `${chapter.value} now has until ${formatDate(data.extensions[chapter.value])}.`;
    }, (message) => onDone(message, chapter.value));
  } },
  h('h2', { id: 'extension-heading' }, 'Grant an extension'),
  h('div', { class: 'inline-form' }, fields.chapterId, fields.deadline,
    h('button', { type: 'submit', class: 'button' }, 'Grant extension')),
  feedback);
}

/**
 * The window's line, the open button when it is only scheduled, and the extension form. `onDone(message,
 * chapterId)` follows a change; chapterId is the extended chapter, which `chosen` then keeps selected.
 */
export function windowControls(year, survey, board, chosen, onDone) {
  return h('section', { class: 'window-admin', 'aria-label': 'Survey window' },
    windowLine(survey),
    openControl(year, survey, onDone),
    survey.state === 'closed' ? null : extensionForm(year, survey, board, chosen, onDone));
}
