// The staff's survey board: every roster chapter's report status, the completion rate, who is late, and
// the answers as CSV; with the year's window: open it now, give a chapter an extension.

import { h, replace } from '../core/dom.js';
import { get, download } from '../core/api.js';
import { navigate } from '../core/router.js';
import { field, select, pageHeading, table, empty, badge, formatDate, problemBox, announce } from '../core/ui.js';
import { meter } from '../core/charts.js';
import { yearPicker } from './year.js';
import { windowControls } from './window-admin.js';

function boardRows(board, year, shown) {
  return board.chapters.filter((chapter) => !shown || chapter.status === shown).map((chapter) => h('tr', { class: chapter.status === 'late' ? 'late' : null },
    h('td', null, h('a', { href: `#/survey/${year}/reports/${encodeURIComponent(chapter.chapterId)}` }, chapter.name || chapter.chapterId)),
    h('td', null, chapter.chapterId),
    h('td', null, badge(chapter.status)),
    h('td', null, formatDate(chapter.deadline)),
    h('td', null, chapter.submittedAt ? `${formatDate(chapter.submittedAt)}${chapter.submittedLate ? ' (late)' : ''}` : '—'),
    h('td', null, chapter.version ? String(chapter.version) : '—')));
}

export async function statusBoardView(ctx, year) {
  const shown = ctx.query.status || '';
  const container = h('section');
  const feedback = h('div', { 'aria-live': 'polite' });
  const outcome = h('div', { class: 'outcome', tabindex: '-1' });
  let extendedChapter = null; // the extension form's choice, kept when the board is drawn again
  const csv = h('button', { type: 'button', class: 'button secondary', onclick: async () => {
    try {
      await download(`/api/surveys/${year}/answers.csv`, `answers-${year}.csv`, 'text/csv');
    } catch (error) {
      feedback.replaceChildren(problemBox(error));
    }
  } }, 'Download answers (CSV)');
  const filter = select([['', 'Every chapter'], ['not-started', 'Not started'], ['draft', 'Draft'], ['submitted', 'Submitted'], ['late', 'Late']], shown);
  filter.addEventListener('change', () => navigate('/survey/status', { year, status: filter.value }));

  async function draw() {
    const [board, survey] = await Promise.all([get(`/api/surveys/${year}/status`), get(`/api/surveys/${year}`)]);
    const late = board.chapters.filter((chapter) => chapter.status === 'late');
    const rows = boardRows(board, year, shown);
    replace(container,
      pageHeading(`${year} survey board`, csv),
      yearPicker('/survey/status', year),
      feedback,
      outcome,
      h('p', null, `Survey ${board.surveyState || 'not scheduled'}. `, h('a', { href: `#/survey/results?year=${year}` }, 'See the results')),
      meter('Completion', board.completionRate),
      h('p', { class: 'figures' }, `${board.submitted} of ${board.owed} chapters have submitted.`),
      late.length ? h('div', { class: 'notice', role: 'note' }, h('h2', null, `Late chapters (${late.length})`),
        h('p', null, late.map((chapter) => chapter.name || chapter.chapterId).join(', '))) : null,
      windowControls(year, survey, board, extendedChapter, changed),
      h('div', { class: 'filters' }, field('Show', filter)),
      rows.length ? table(`Chapters for ${year}`, ['Chapter', 'Code', 'Status', 'Deadline', 'Submitted', 'Version'], rows)
        : empty('No chapter in this list.'));
  }

  /** After opening the survey or granting an extension: the board again, and what changed. */
  async function changed(message, chapterId) {
    extendedChapter = chapterId || extendedChapter;
    try {
      await draw();
      outcome.replaceChildren(h('p', { class: 'success', role: 'status' }, message));
      announce(message);
      outcome.focus();
    } catch (error) {
      feedback.replaceChildren(problemBox(error));
    }
  }

  await draw();
  return container;
}
