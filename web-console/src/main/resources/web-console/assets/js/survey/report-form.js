// The State of the Chapter report form, drawn from the year's questionnaire. Every change is saved as a
// draft a moment later (PUT with If-Match); the API's per-answer errors are shown next to their questions;
// submitting makes a version, and changes after it are an amendment submitted the same way.

import { h } from '../core/dom.js';
import { getVersioned, write, download, ApiError } from '../core/api.js';
import { pageHeading, problemBox, formatDate, announce, badge } from '../core/ui.js';
import { questionControl, isShown } from './questions.js';
import { versionsSection, reopenControl } from './report-admin.js';

const SAVE_DELAY_MS = 1200;

function stateLine(report) {
  const last = report.versions?.[report.versions.length - 1];
  if (report.state === 'submitted' && last) {
    return [badge('submitted'), ` Version ${last.version} submitted ${formatDate(last.submittedAt)} by ${last.submittedBy}${last.late ? ' (late)' : ''}.`,
      report.unsubmittedChanges ? ' You have changes that are not submitted yet.' : ''];
  }
  return [badge(report.state), report.state === 'draft' ? ' Draft, not submitted yet.' : ' Not started.'];
}

export async function reportView(ctx, year, chapterId) {
  const url = `/api/surveys/${year}/reports/${encodeURIComponent(chapterId)}`;
  let report;
  let etag;
  try {
    ({ data: report, etag } = await getVersioned(url));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      return h('section', null, pageHeading(`${year} report for ${chapterId}`),
        h('p', { class: 'empty' }, `There is no ${year} survey open for ${chapterId} yet. The office will let you know when it opens.`));
    }
    throw error;
  }
  const questionnaire = report.questionnaire;
  const controls = [];
  const saveStatus = h('p', { class: 'save-status', id: 'save-status', role: 'status', 'aria-live': 'polite' },
    report.state === 'not-started' ? 'Nothing saved yet.' : `Draft saved ${formatDate(report.updatedAt)}.`);
  const stateSlot = h('p', { class: 'report-state', id: 'report-state' }, stateLine(report));
  const feedback = h('div', { class: 'feedback' });
  const submitButton = h('button', { type: 'submit', class: 'button' });
  let timer = null;
  let saving = null;
  let dirty = false;
  let lastErrors = new Map();

  function answers() {
    const given = {};
    for (const control of controls) {
      const shown = isShown(control.question, given);
      control.element.closest('.question-slot').hidden = !shown;
      if (!shown) continue;
      const value = control.read();
      if (value !== null && value !== undefined) given[control.key] = value;
    }
    return given;
  }

  /** Shows each question's errors (and clears the others); returns the first invalid control. */
  function showErrors(errors) {
    lastErrors = errors;
    return controls.map((control) => control.showErrors(errors)).find(Boolean) || null;
  }

  function refreshButton() {
    submitButton.textContent = report.state === 'submitted' ? 'Submit amendment' : 'Submit report';
    submitButton.disabled = !report.editable;
  }

  async function save() {
    if (saving) return saving;
    if (!dirty) return null;
    dirty = false;
    saveStatus.textContent = 'Saving…';
    saving = (async () => {
      try {
        const saved = await write('PUT', url, { answers: answers() }, etag);
        report = saved.data;
        etag = saved.etag || etag;
        showErrors(new Map());
        feedback.replaceChildren();
        saveStatus.textContent = `Draft saved at ${new Date().toLocaleTimeString()}.`;
        stateSlot.replaceChildren(...stateLine(report));
      } catch (error) {
        if (error.status === 400) {
          const errors = error.fieldErrors();
          showErrors(errors);
          saveStatus.textContent = `Not saved: ${errors.size} ${errors.size === 1 ? 'answer needs' : 'answers need'} attention.`;
          feedback.replaceChildren();
        } else {
          saveStatus.textContent = 'Not saved.';
          feedback.replaceChildren(problemBox(error));
        }
      } finally {
        saving = null;
      }
    })();
    await saving;
    if (dirty) return save();
    return null;
  }

  function changed() {
    answers(); // shows or hides conditional questions at once
    dirty = true;
    saveStatus.textContent = 'Changes not saved yet…';
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  }

  async function flush() {
    clearTimeout(timer);
    if (saving) await saving;
    if (dirty) await save();
  }

  const sections = (questionnaire?.sections || []).map((section) => h('section', { class: 'report-section', 'aria-labelledby': `section-${section.key}` },
    h('h2', { id: `section-${section.key}` }, section.title),
    section.description ? h('p', { class: 'help' }, section.description) : null,
    section.questions.map((question) => {
      const control = questionControl(question, report.answers?.[question.key], changed);
      controls.push(control);
      return h('div', { class: 'question-slot' }, control.element);
    })));

  const form = h('form', { class: 'report-form', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    feedback.replaceChildren();
    await flush();
    if (lastErrors.size) {
      feedback.replaceChildren(h('p', { class: 'problem', role: 'alert' }, 'Fix the answers marked below before submitting.'));
      showErrors(lastErrors)?.focus();
      return;
    }
    try {
      const submitted = await write('POST', `${url}/submit`, undefined, etag);
      report = submitted.data;
      etag = submitted.etag || etag;
      showErrors(new Map());
      stateSlot.replaceChildren(...stateLine(report));
      const version = report.versions[report.versions.length - 1];
      feedback.replaceChildren(h('p', { class: 'success', role: 'status' }, `Report submitted: version ${version.version}. Thank you!`));
      announce(`Report submitted, version ${version.version}.`);
      refreshButton();
    } catch (error) {
      if (error.status === 400) {
        const first = showErrors(error.fieldErrors());
        feedback.replaceChildren(problemBox(error));
        first?.focus();
      } else if (error.status === 409) {
        feedback.replaceChildren(h('p', { class: 'problem', role: 'alert' }, 'Nothing changed since the last submitted version.'));
      } else {
        feedback.replaceChildren(problemBox(error));
      }
    }
  } },
  h('fieldset', { class: 'plain', disabled: !report.editable }, sections),
  h('div', { class: 'form-footer' }, saveStatus, feedback, h('div', { class: 'actions' }, submitButton,
    h('button', { type: 'button', class: 'button secondary', onclick: () => printReport(url) }, 'Download printable version'))));
  refreshButton();
  answers();
  ctx.onLeave(() => { clearTimeout(timer); if (dirty) save(); });

  return h('section', null,
    pageHeading(`${year} State of the Chapter report: ${chapterId}`),
    stateSlot,
    h('p', null, `Due ${formatDate(report.deadline)}.`, report.editable ? ' Answers are saved as you type.' : ' This report cannot be changed now.'),
    reopenControl(url, report, ctx.user, showAgain),
    prefillControl(url, report, year),
    form,
    versionsSection(url, report));
}

/**
 * Before anything is saved, the report can start from the chapter's own answers of the year before
 * (the questions that did not change); the API says so when there is no such report.
 */
function prefillControl(url, report, year) {
  if (report.state !== 'not-started' || !report.editable) return null;
  const feedback = h('div', { class: 'feedback' });
  return h('div', { class: 'prefill' },
    h('button', { type: 'button', class: 'button secondary', onclick: async () => {
      try {
        await write('POST', `${url}/prefill`);
        announce(`Started from the ${year - 1} answers.`);
        showAgain();
      } catch (error) {
        feedback.replaceChildren(error.status === 404
          ? h('p', { class: 'problem', role: 'alert' }, `There is no ${year - 1} report to start from.`)
          : problemBox(error));
      }
    } }, `Start from the ${year - 1} answers`),
    feedback);
}

/** The router shows the current route again (the report as it is now). */
function showAgain() {
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** The printable page needs the token too: fetched with it, then saved as a file. */
function printReport(url) {
  download(`${url}/print`, 'report.html', 'text/html').catch(() => announce('The printable version could not be downloaded.'));
}
