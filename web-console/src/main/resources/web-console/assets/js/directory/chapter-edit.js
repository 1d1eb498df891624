// Editing a chapter: the whole form for staff, the contact fields for the chapter's own officer. Sent as a
// full replacement with the ETag of the version shown (If-Match): a change made meanwhile answers 412.

import { h } from '../core/dom.js';
import { getVersioned, write } from '../core/api.js';
import { field, input, select, checkbox, pageHeading, submitEdit, announce, listOf, US_STATES } from '../core/ui.js';

function text(value, props = {}) {
  return input({ value: value ?? '', ...props });
}

function numberOrNull(value) {
  return value === '' ? null : Number(value);
}

export async function chapterEditView(ctx) {
  const code = ctx.params.code.toUpperCase();
  let { data: chapter, etag } = await getVersioned(`/api/directory/chapters/${encodeURIComponent(code)}`);
  const staff = ctx.user.isStaff;
  if (!staff && !(ctx.user.isOfficer && ctx.user.chapterId === code)) {
    return h('section', null, pageHeading(`Edit ${chapter.name}`), h('p', { class: 'problem', role: 'alert' }, 'Only office staff and this chapter\'s officers may edit it.'));
  }
  const address = chapter.mailingAddress || {};
  const controls = {
    name: text(chapter.name, { required: true, autocomplete: 'organization' }),
    kind: select([['state', 'State'], ['regional', 'Regional'], ['student', 'Student']], chapter.kind),
    state: select(US_STATES.map((s) => [s, s]), chapter.state),
    states: text((chapter.states || []).join(', ')),
    school: text(chapter.school),
    parentChapterId: text(chapter.parentChapterId),
    foundedYear: text(chapter.foundedYear, { type: 'number', inputmode: 'numeric' }),
    memberCountYear: text(chapter.memberCount?.year, { type: 'number', inputmode: 'numeric' }),
    memberCount: text(chapter.memberCount?.count, { type: 'number', inputmode: 'numeric', min: 0 }),
    website: text(chapter.website, { type: 'url', autocomplete: 'url' }),
    publicEmail: text(chapter.publicEmail, { type: 'email', autocomplete: 'email' }),
    publicPhone: text(chapter.publicPhone, { type: 'tel', autocomplete: 'tel' }),
    street: text(address.street, { autocomplete: 'street-address' }),
    city: text(address.city, { autocomplete: 'address-level2' }),
    addressState: text(address.state, { autocomplete: 'address-level1', maxlength: 2 }),
    postalCode: text(address.postalCode, { autocomplete: 'postal-code' }),
  };
  const student = checkbox('Has a student program', chapter.studentProgram);
  const fields = {
    name: field('Name', controls.name, { required: true }),
    kind: field('Kind', controls.kind),
    state: field('Seat state', controls.state),
    states: field('States covered', controls.states, { help: 'Postal codes separated by commas; regional chapters list two or more.' }),
    school: field('School (student chapters)', controls.school),
    parentChapterId: field('Parent chapter code (student chapters)', controls.parentChapterId),
    foundedYear: field('Founded in', controls.foundedYear),
    'memberCount.year': field('Members counted in year', controls.memberCountYear),
    'memberCount.count': field('Number of members', controls.memberCount),
    website: field('Website', controls.website, { help: 'An http or https address.' }),
    publicEmail: field('Public e-mail', controls.publicEmail),
    publicPhone: field('Public phone', controls.publicPhone),
    'mailingAddress.street': field('Street', controls.street),
    'mailingAddress.city': field('City', controls.city),
    'mailingAddress.state': field('State', controls.addressState),
    'mailingAddress.postalCode': field('ZIP code', controls.postalCode),
  };
  fields.mailingAddress = fields['mailingAddress.street'];
  fields.memberCount = fields['memberCount.count'];
  const feedback = h('div', { class: 'feedback' });

  function formBody() {
    const mailing = { street: controls.street.value.trim(), city: controls.city.value.trim(),
      state: controls.addressState.value.trim().toUpperCase(), postalCode: controls.postalCode.value.trim() };
    const hasAddress = Object.values(mailing).some(Boolean);
    const count = numberOrNull(controls.memberCount.value);
    return {
      code: chapter.code,
      name: staff ? controls.name.value.trim() : chapter.name,
      kind: staff ? controls.kind.value : chapter.kind,
      state: staff ? controls.state.value : chapter.state,
      states: staff ? listOf(controls.states.value).map((s) => s.toUpperCase()) : chapter.states,
      school: staff ? controls.school.value.trim() || null : chapter.school,
      parentChapterId: staff ? controls.parentChapterId.value.trim().toUpperCase() || null : chapter.parentChapterId,
      studentProgram: staff ? student.querySelector('input').checked : chapter.studentProgram,
      foundedYear: staff ? numberOrNull(controls.foundedYear.value) : chapter.foundedYear,
      memberCount: staff ? (count === null ? null : { year: numberOrNull(controls.memberCountYear.value), count }) : chapter.memberCount,
      sampleData: chapter.sampleData,
      website: controls.website.value.trim() || null,
      publicEmail: controls.publicEmail.value.trim() || null,
      publicPhone: controls.publicPhone.value.trim() || null,
      mailingAddress: hasAddress ? mailing : null,
    };
  }

  const form = h('form', { class: 'stacked', novalidate: true, onsubmit: (event) => {
    event.preventDefault();
    submitEdit(fields, feedback, async () => {
      const saved = await write('PUT', `/api/directory/chapters/${encodeURIComponent(code)}`, formBody(), etag);
      chapter = saved.data;
      etag = saved.etag;
      announce('Chapter saved.');
      return `Saved. ${chapter.name} is up to date.`;
    });
  } },
  staff ? h('fieldset', null, h('legend', null, 'Chapter'),
    fields.name, fields.kind, fields.state, fields.states, fields.school, fields.parentChapterId,
    student, fields.foundedYear, fields['memberCount.year'], fields['memberCount.count']) : null,
  h('fieldset', null, h('legend', null, 'Public contact'), fields.website, fields.publicEmail, fields.publicPhone),
  h('fieldset', null, h('legend', null, 'Mailing address'),
    fields['mailingAddress.street'], fields['mailingAddress.city'], fields['mailingAddress.state'], fields['mailingAddress.postalCode']),
  feedback,
  h('div', { class: 'actions' },
    h('button', { type: 'submit', class: 'button' }, 'Save chapter'),
    h('a', { href: `#/directory/${encodeURIComponent(code)}` }, 'Back to the chapter')));

  return h('section', null,
    pageHeading(`Edit ${chapter.name}`),
    staff ? null : h('p', { class: 'help' }, 'As the chapter\'s officer you may change its public contact details and mailing address.'),
    form);
}
