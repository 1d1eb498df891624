// One form control per question type of the survey service, each able to read its answer back as the JSON
// the API expects and to show the API's errors for it (answers.<key>, answers.<key>[row].<column>).

import { h, uid } from '../core/dom.js';
import { showError } from '../core/ui.js';

const NUMERIC = new Set(['number', 'integer', 'currency', 'scale']);

/** A typed value from a text control: '' is no answer; a number stays a string when it is not one (the API says why). */
function valueOf(type, raw) {
  const text = String(raw ?? '').trim();
  if (text === '') return null;
  if (NUMERIC.has(type)) {
    const number = Number(text);
    return Number.isNaN(number) ? text : number;
  }
  return text;
}

function simpleControl(type, id, value, question) {
  const common = { id, name: id, 'data-question': question.key };
  switch (type) {
    case 'long-text': return h('textarea', { ...common, rows: 5, maxlength: 20000, value: value ?? '' });
    case 'number': return h('input', { ...common, type: 'number', step: 'any', min: question.min, max: question.max, value: value ?? '' });
    case 'integer': return h('input', { ...common, type: 'number', step: 1, inputmode: 'numeric', min: question.min, max: question.max, value: value ?? '' });
    case 'currency': return h('input', { ...common, type: 'number', step: '0.01', inputmode: 'decimal', min: question.min, max: question.max, value: value ?? '' });
    case 'date': return h('input', { ...common, type: 'date', value: value ?? '' });
    case 'email': return h('input', { ...common, type: 'email', autocomplete: 'email', value: value ?? '' });
    case 'url': return h('input', { ...common, type: 'url', value: value ?? '' });
    default: return h('input', { ...common, type: 'text', maxlength: 1000, value: value ?? '' });
  }
}

function hint(question) {
  const parts = [];
  if (question.helpText) parts.push(question.helpText);
  if (question.type === 'currency') parts.push('In US dollars, up to 2 decimals.');
  if (question.min !== undefined && question.min !== null && question.max !== undefined && question.max !== null) parts.push(`From ${question.min} to ${question.max}.`);
  else if (question.min !== undefined && question.min !== null) parts.push(`At least ${question.min}.`);
  else if (question.max !== undefined && question.max !== null) parts.push(`At most ${question.max}.`);
  if (question.type === 'url') parts.push('A full address starting with http:// or https://.');
  return parts.join(' ');
}

/** Radio buttons or checkboxes in a fieldset whose legend is the question. */
function choiceGroup(question, options, kind, isChecked, describedBy) {
  const name = uid(question.key);
  const inputs = [];
  const items = options.map(([value, label]) => {
    const id = uid(`${question.key}-opt`);
    const control = h('input', { type: kind, id, name, value: String(value), checked: isChecked(value), 'aria-describedby': describedBy });
    control.answerValue = value;
    inputs.push(control);
    return h('div', { class: 'check' }, control, h('label', { for: id }, label));
  });
  return { items, inputs };
}

function scaleOptions() {
  return [1, 2, 3, 4, 5].map((n) => [n, n === 1 ? '1 (lowest)' : n === 5 ? '5 (highest)' : String(n)]);
}

function tableWidget(question, value, onChange, errorSlots) {
  const columns = question.columns || [];
  const body = h('tbody');
  const rows = [];
  function addRow(rowValue = {}) {
    const index = rows.length;
    const cells = columns.map((column) => {
      const control = column.type === 'single-choice'
        ? h('select', null, h('option', { value: '' }, '(none)'), (column.choices || []).map((c) => h('option', { value: c, selected: rowValue[column.key] === c }, c)))
        : column.type === 'yes-no'
          ? h('select', null, h('option', { value: '' }, '(none)'), h('option', { value: 'true', selected: rowValue[column.key] === true }, 'Yes'), h('option', { value: 'false', selected: rowValue[column.key] === false }, 'No'))
          : simpleControl(column.type, uid(`${question.key}-${column.key}`), rowValue[column.key], column);
      control.setAttribute('aria-label', `${column.label}, row ${index + 1}`);
      const slot = h('p', { class: 'field-error', id: uid('err'), hidden: true });
      control.setAttribute('aria-describedby', slot.id);
      errorSlots.set(`answers.${question.key}[${index}].${column.key}`, { control, slot });
      return { column, control, cell: h('td', null, control, slot) };
    });
    const remove = h('button', { type: 'button', class: 'button secondary small', onclick: () => {
      row.removed = true;
      tr.hidden = true;
      onChange();
    } }, `Remove row ${index + 1}`);
    const tr = h('tr', null, cells.map((c) => c.cell), h('td', null, remove));
    const row = { cells, removed: false };
    rows.push(row);
    body.append(tr);
    return cells[0]?.control;
  }
  (Array.isArray(value) ? value : []).forEach((row) => addRow(row));
  if (!rows.length) addRow();
  const read = () => {
    const result = rows.filter((row) => !row.removed).map((row) => Object.fromEntries(row.cells.map(({ column, control }) => {
      if (column.type === 'yes-no') return [column.key, control.value === '' ? null : control.value === 'true'];
      return [column.key, valueOf(column.type, control.value)];
    }))).filter((row) => Object.values(row).some((v) => v !== null));
    return result.length ? result : null;
  };
  const element = h('div', { class: 'table-question' },
    h('div', { class: 'table-wrap' }, h('table', null,
      h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col' }, c.label, c.required ? ' *' : '')), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Row actions')))),
      body)),
    h('button', { type: 'button', class: 'button secondary small', onclick: () => { addRow()?.focus(); } }, `Add a row to ${question.label}`));
  return { element, read };
}

/**
 * The control for one question. Returns { element, key, read(), showErrors(map) → first invalid control }.
 * `onChange` is called on every edit (autosave and conditional questions listen).
 */
export function questionControl(question, value, onChange) {
  const errorId = uid(`${question.key}-error`);
  const helpText = hint(question);
  const helpId = helpText ? uid(`${question.key}-help`) : null;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ');
  const errorSlot = h('p', { class: 'field-error', id: errorId, hidden: true });
  const help = helpText ? h('p', { class: 'help', id: helpId }, helpText) : null;
  const required = question.required ? h('span', { class: 'required' }, ' (required)') : null;
  const tableSlots = new Map();
  let element;
  let read;
  let focusTarget;

  if (['single-choice', 'yes-no', 'scale', 'multi-choice'].includes(question.type)) {
    const options = question.type === 'yes-no' ? [[true, 'Yes'], [false, 'No']]
      : question.type === 'scale' ? scaleOptions() : (question.choices || []).map((c) => [c, c]);
    const multi = question.type === 'multi-choice';
    const chosen = multi ? new Set(Array.isArray(value) ? value : []) : null;
    const group = choiceGroup(question, options, multi ? 'checkbox' : 'radio', (v) => (multi ? chosen.has(v) : value === v), describedBy);
    focusTarget = group.inputs[0];
    read = () => {
      const picked = group.inputs.filter((i) => i.checked).map((i) => i.answerValue);
      if (multi) return picked.length ? picked : null;
      return picked.length ? picked[0] : null;
    };
    element = h('fieldset', { class: 'question choice', 'data-key': question.key, 'aria-describedby': describedBy },
      h('legend', null, question.label, required), help, h('div', { class: question.type === 'scale' ? 'choices inline' : 'choices' }, group.items), errorSlot);
  } else if (question.type === 'table') {
    const widget = tableWidget(question, value, onChange, tableSlots);
    read = widget.read;
    element = h('fieldset', { class: 'question', 'data-key': question.key, 'aria-describedby': describedBy },
      h('legend', null, question.label, required), help, widget.element, errorSlot);
    focusTarget = element.querySelector('input, select, textarea');
  } else {
    const id = uid(`q-${question.key}`);
    const control = simpleControl(question.type, id, value, question);
    control.setAttribute('aria-describedby', describedBy);
    if (question.required) control.setAttribute('aria-required', 'true');
    focusTarget = control;
    read = () => valueOf(question.type, control.value);
    element = h('div', { class: 'question field', 'data-key': question.key },
      h('label', { for: id }, question.label, required), help, control, errorSlot);
  }
  element.addEventListener('input', onChange);
  element.addEventListener('change', onChange);

  const showErrors = (errors) => {
    let first = null;
    const own = errors.get(`answers.${question.key}`);
    const invalid = element.querySelectorAll('input, select, textarea');
    showError(focusTarget, errorSlot, own);
    invalid.forEach((control) => (own ? control.setAttribute('aria-invalid', 'true') : control.removeAttribute('aria-invalid')));
    if (own) first = focusTarget;
    for (const [path, { control, slot }] of tableSlots) {
      const message = errors.get(path);
      showError(control, slot, message);
      if (message && !first) first = control;
    }
    return first;
  };
  return { element, key: question.key, question, read, showErrors };
}

/** Whether a question's showIf holds for the answers given so far (for a multi-choice answer, any value counts). */
export function isShown(question, answers) {
  const rule = question.showIf;
  if (!rule) return true;
  const wanted = rule.in ?? (rule.equals !== undefined && rule.equals !== null ? [rule.equals] : []);
  const answer = answers[rule.questionKey];
  const given = Array.isArray(answer) ? answer : [answer];
  return given.some((v) => v !== null && v !== undefined && wanted.some((w) => w === v));
}
