// The US as a tile grid (one square per state, roughly where it lies), each tile coloured by how many
// tracked bills it has and linking to them. Congress ("US") and the territories sit on the last row.

import { h } from '../core/dom.js';

const LAYOUT = [
  ['AK', 0, 0], ['ME', 0, 10],
  ['VT', 1, 9], ['NH', 1, 10],
  ['WA', 2, 0], ['ID', 2, 1], ['MT', 2, 2], ['ND', 2, 3], ['MN', 2, 4], ['IL', 2, 5], ['WI', 2, 6], ['MI', 2, 7], ['NY', 2, 8], ['RI', 2, 9], ['MA', 2, 10],
  ['OR', 3, 0], ['NV', 3, 1], ['WY', 3, 2], ['SD', 3, 3], ['IA', 3, 4], ['IN', 3, 5], ['OH', 3, 6], ['PA', 3, 7], ['NJ', 3, 8], ['CT', 3, 9],
  ['CA', 4, 0], ['UT', 4, 1], ['CO', 4, 2], ['NE', 4, 3], ['MO', 4, 4], ['KY', 4, 5], ['WV', 4, 6], ['VA', 4, 7], ['MD', 4, 8], ['DE', 4, 9],
  ['AZ', 5, 1], ['NM', 5, 2], ['KS', 5, 3], ['AR', 5, 4], ['TN', 5, 5], ['NC', 5, 6], ['SC', 5, 7], ['DC', 5, 8],
  ['OK', 6, 3], ['LA', 6, 4], ['MS', 6, 5], ['AL', 6, 6], ['GA', 6, 7],
  ['HI', 7, 0], ['TX', 7, 3], ['FL', 7, 8],
  ['US', 8, 0], ['PR', 8, 6], ['VI', 8, 7], ['GU', 8, 8], ['AS', 8, 9], ['MP', 8, 10],
];

/** Five shades: no tracked bill, 1, 2-3, 4-9, 10 or more. */
export function activityLevel(tracked) {
  if (!tracked) return 0;
  if (tracked === 1) return 1;
  if (tracked <= 3) return 2;
  if (tracked <= 9) return 3;
  return 4;
}

const LEGEND = ['none', '1', '2–3', '4–9', '10+'];

/** summaries: [{ jurisdiction, total, tracked }]; hrefFor(jurisdiction) links a tile. */
export function stateGrid(summaries, hrefFor, selected) {
  const byCode = new Map(summaries.map((s) => [s.jurisdiction.toUpperCase(), s]));
  const tiles = LAYOUT.map(([code, row, column]) => {
    const summary = byCode.get(code) || { tracked: 0, total: 0 };
    const level = activityLevel(summary.tracked);
    const name = code === 'US' ? 'Congress' : code;
    const tile = h('a', {
      class: `tile level-${level}${selected === code.toLowerCase() ? ' selected' : ''}`,
      href: hrefFor(code.toLowerCase()),
      'aria-label': `${name}: ${summary.tracked} tracked of ${summary.total} bills`,
      'aria-current': selected === code.toLowerCase() ? 'true' : null,
    }, h('span', { class: 'tile-code' }, code), h('span', { class: 'tile-count', 'aria-hidden': 'true' }, String(summary.tracked)));
    tile.style.setProperty('grid-row', String(row + 1));
    tile.style.setProperty('grid-column', String(column + 1));
    return tile;
  });
  return h('figure', { class: 'state-grid-figure' },
    h('figcaption', null, 'Tracked bills by jurisdiction (choose one to list its bills)'),
    h('div', { class: 'state-grid' }, tiles),
    h('ul', { class: 'legend', 'aria-label': 'Colour key: tracked bills per jurisdiction' },
      LEGEND.map((label, level) => h('li', null, h('span', { class: `swatch level-${level}`, 'aria-hidden': 'true' }), label))));
}
