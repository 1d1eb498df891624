import { route } from '../core/router.js';
import { chapterListView } from './chapter-list.js';
import { chapterView } from './chapter-page.js';
import { chapterEditView } from './chapter-edit.js';

export function registerDirectory() {
  route('/directory', 'Directory', chapterListView);
  route('/directory/:code', 'Chapter', chapterView);
  route('/directory/:code/edit', 'Edit chapter', chapterEditView);
}
