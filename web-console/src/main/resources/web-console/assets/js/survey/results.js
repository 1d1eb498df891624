// Survey results (staff): a chart per choice question, figures per numeric one, the text answers listed.

import { h } from '../core/dom.js';
import { get } from '../core/api.js';
import { pageHeading, empty } from '../core/ui.js';
import { barChart } from '../core/charts.js';
import { yearPicker } from './year.js';

function figures(label, stats) {
  if (!stats || !stats.count) return empty(`${label}: no answers yet.`);
  const round = (n) => (Number.isInteger(n) ? n : Math.round(n * 100) / 100);
  return h('dl', { class: 'stats', 'aria-label': label },
    [['Answers', stats.count], ['Sum', stats.sum], ['Mean', stats.mean], ['Median', stats.median], ['Min', stats.min], ['Max', stats.max]]
      .map(([term, value]) => [h('dt', null, term), h('dd', null, String(round(value ?? 0)))]));
}

function questionResult(result) {
  const parts = [h('h2', null, result.label), h('p', { class: 'help' }, `Answered by ${result.answered ?? 0} of the reports.`)];
  if (result.counts && Object.keys(result.counts).length) {
    const data = Object.entries(result.counts).map(([label, value]) => ({
      label: label === 'true' ? 'Yes' : label === 'false' ? 'No' : label, value }));
    parts.push(barChart(`${result.label}: answers per choice`, data));
  }
  if (result.statistics) parts.push(figures(result.label, result.statistics));
  if (result.columns) {
    for (const [column, stats] of Object.entries(result.columns)) parts.push(h('h3', null, column), figures(`${result.label}, ${column}`, stats));
  }
  if (result.rows !== undefined && result.rows !== null && result.type === 'table') parts.push(h('p', null, `${result.rows} rows in all.`));
  if (result.answers?.length) {
    parts.push(h('ul', { class: 'text-answers' }, result.answers.map((answer) => h('li', null, h('strong', null, answer.chapterId), `: ${answer.value}`))));
  }
  return h('section', { class: 'result card' }, parts);
}

export async function resultsView(ctx, year) {
  const results = await get(`/api/surveys/${year}/results`);
  return h('section', null,
    pageHeading(`${year} survey results`),
    yearPicker('/survey/results', year),
    h('p', null, `Submitted reports: ${results.submittedReports}. `, h('a', { href: `#/survey/status?year=${year}` }, 'Back to the board')),
    results.questions.length ? h('div', { class: 'results' }, results.questions.map(questionResult)) : empty('No question in this year\'s questionnaire.'));
}
