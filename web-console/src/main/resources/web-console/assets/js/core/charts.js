// Charts as plain SVG: horizontal bars with their values written out, and the same figures as text for
// screen readers (the SVG is one image with a label that lists them).

import { h, s } from './dom.js';

const BAR = 22;
const GAP = 8;
const LABEL_WIDTH = 150;
const WIDTH = 560;

function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** data: [{ label, value }]; the longest bar is the largest value. */
export function barChart(title, data, { unit = '' } = {}) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const height = data.length * (BAR + GAP) + GAP;
  const plot = WIDTH - LABEL_WIDTH - 60;
  const summary = data.map((d) => `${d.label}: ${d.value}${unit}`).join('; ');
  return h('figure', { class: 'chart' },
    h('figcaption', null, title),
    s('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': `${title}. ${summary || 'No answers yet.'}`, preserveAspectRatio: 'xMinYMin meet' },
      data.map((d, i) => {
        const y = GAP + i * (BAR + GAP);
        const width = Math.max(2, (d.value / max) * plot);
        return s('g', null,
          s('text', { x: LABEL_WIDTH - 8, y: y + BAR * 0.7, 'text-anchor': 'end', class: 'chart-label' }, truncate(d.label, 22)),
          s('rect', { x: LABEL_WIDTH, y, width, height: BAR, rx: 3, class: 'chart-bar' }),
          s('text', { x: LABEL_WIDTH + width + 6, y: y + BAR * 0.7, class: 'chart-value' }, `${d.value}${unit}`));
      })));
}

/** A completion meter: a bar filled to `rate` (0..1) with its percentage. */
export function meter(label, rate) {
  const percent = Math.round((rate || 0) * 100);
  return h('div', { class: 'meter' },
    h('div', { class: 'meter-label', id: 'meter-label' }, `${label}: ${percent}%`),
    s('svg', { viewBox: '0 0 100 8', preserveAspectRatio: 'none', class: 'meter-bar', role: 'img', 'aria-label': `${label}: ${percent}%` },
      s('rect', { x: 0, y: 0, width: 100, height: 8, class: 'meter-track' }),
      s('rect', { x: 0, y: 0, width: percent, height: 8, class: 'meter-fill' })));
}
