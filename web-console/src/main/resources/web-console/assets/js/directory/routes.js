import { route } from '../core/router.js';
import { chapterListView } from './chapter-list.js';
import { chapterView } from './chapter-page.js';
import { chapterEditView } from './chapter-edit.js';
import { peopleView, personView } from './person-page.js';
import { personEditView } from './person-edit.js';

export function registerDirectory() {
  route('/directory', 'Directory', chapterListView);
  // before /directory/:code, which would read "people" as a chapter code
  route('/directory/people', 'People', peopleView);
  route('/directory/people/:id', 'Person', personView);
  route('/directory/people/:id/edit', 'Edit person', personEditView);
  route('/directory/:code', 'Chapter', chapterView);
  route('/directory/:code/edit', 'Edit chapter', chapterEditView);
}
