// Editing a person (staff; a chapter officer for the people holding an office at their chapter). Sent as a
// full replacement with the ETag of the version shown (If-Match): a change made meanwhile answers 412.

import { h } from '../core/dom.js';
import { getVersioned, write } from '../core/api.js';
import { field, input, pageHeading, submitEdit, announce } from '../core/ui.js';

function text(value, props = {}) {
  return input({ value: value ?? '', ...props });
}

export async function personEditView(ctx) {
  const id = ctx.params.id;
  const url = `/api/directory/people/${encodeURIComponent(id)}`;
  let { data: person, etag } = await getVersioned(url);
  const address = person.mailingAddress || {};
  const controls = {
    givenName: text(person.givenName, { autocomplete: 'off' }),
    familyName: text(person.familyName, { autocomplete: 'off' }),
    organization: text(person.organization),
    title: text(person.title),
    email: text(person.email, { type: 'email' }),
    phone: text(person.phone, { type: 'tel' }),
    street: text(address.street),
    city: text(address.city),
    state: text(address.state, { maxlength: 2 }),
    postalCode: text(address.postalCode, { inputmode: 'numeric' }),
  };
  const fields = {
    givenName: field('Given name', controls.givenName, { required: true }),
    familyName: field('Family name', controls.familyName, { required: true }),
    organization: field('Organization', controls.organization),
    title: field('Job title', controls.title),
    email: field('E-mail', controls.email),
    phone: field('Phone', controls.phone),
    'mailingAddress.street': field('Street', controls.street),
    'mailingAddress.city': field('City', controls.city),
    'mailingAddress.state': field('State', controls.state, { help: 'Postal code, e.g. CA' }),
    'mailingAddress.postalCode': field('ZIP code', controls.postalCode),
  };
  fields.mailingAddress = fields['mailingAddress.street'];
  const feedback = h('div', { class: 'feedback' });
  const value = (name) => controls[name].value.trim() || null;

  function formBody() {
    const mailing = { street: value('street'), city: value('city'), state: value('state')?.toUpperCase() || null, postalCode: value('postalCode') };
    return {
      givenName: controls.givenName.value.trim(),
      familyName: controls.familyName.value.trim(),
      organization: value('organization'),
      title: value('title'),
      email: value('email'),
      phone: value('phone'),
      mailingAddress: Object.values(mailing).some(Boolean) ? mailing : null,
    };
  }

  const form = h('form', { class: 'stacked', novalidate: true, onsubmit: (event) => {
    event.preventDefault();
    submitEdit(fields, feedback, async () => {
      const saved = await write('PUT', url, formBody(), etag);
      person = saved.data;
      etag = saved.etag || etag;
      announce('Person saved.');
      return `Saved. ${person.displayName} is up to date.`;
    });
  } },
  h('fieldset', null, h('legend', null, 'Name and work'), fields.givenName, fields.familyName, fields.organization, fields.title),
  h('fieldset', null, h('legend', null, 'Private contact'), fields.email, fields.phone),
  h('fieldset', null, h('legend', null, 'Mailing address'),
    fields['mailingAddress.street'], fields['mailingAddress.city'], fields['mailingAddress.state'], fields['mailingAddress.postalCode']),
  feedback,
  h('div', { class: 'actions' },
    h('button', { type: 'submit', class: 'button' }, 'Save person'),
    h('a', { href: `#/directory/people/${encodeURIComponent(id)}` }, 'Back to the person')));

  return h('section', null, pageHeading(`Edit ${person.displayName}`), form);
}
