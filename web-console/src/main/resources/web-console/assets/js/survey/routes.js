import { h } from '../core/dom.js';
import { route } from '../core/router.js';
import { pageHeading } from '../core/ui.js';
import { reportView } from './report-form.js';
import { statusBoardView } from './status-board.js';
import { resultsView } from './results.js';
import { yearOf } from './year.js';

function staffOnly(ctx, title) {
  return ctx.user.isStaff ? null : h('section', null, pageHeading(title), h('p', { class: 'problem', role: 'alert' }, 'This screen is for office staff.'));
}

export function registerSurvey() {
  route('/survey/report', 'Chapter report', (ctx) => {
    if (!ctx.user.chapterId) {
      return h('section', null, pageHeading('Chapter report'), h('p', null, 'Your account speaks for no chapter. Staff open a chapter\'s report from the ', h('a', { href: '#/survey/status' }, 'survey board'), '.'));
    }
    return reportView(ctx, yearOf(ctx.query), ctx.user.chapterId);
  });
  route('/survey/:year/reports/:chapterId', 'Chapter report', (ctx) => reportView(ctx, Number(ctx.params.year), ctx.params.chapterId.toUpperCase()));
  route('/survey/status', 'Survey board', (ctx) => staffOnly(ctx, 'Survey board') || statusBoardView(ctx, yearOf(ctx.query)));
  route('/survey/results', 'Survey results', (ctx) => staffOnly(ctx, 'Survey results') || resultsView(ctx, yearOf(ctx.query)));
}
