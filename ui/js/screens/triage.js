// One question per screen. The backend says which question comes next and
// when the triage is complete; this screen only collects the answer.

import { api } from '../api.js';
import { announce, h, show } from '../dom.js';
import { showResult } from './result.js';
import { showError } from './error.js';

export function startTriage() {
  // `order` remembers the sequence of answers so Back can undo the last one.
  advance({ answers: {}, order: [] });
}

async function advance(session, previous) {
  try {
    const step = await api.triageNext(session.answers);
    if (step.step === 'complete') {
      showResult(await api.triageFinish(session.answers), { justFinished: true });
    } else {
      showQuestion(session, step, previous);
    }
  } catch (error) {
    showError(error, () => advance(session, previous));
  }
}

function goBack(session) {
  const key = session.order.pop();
  if (key === undefined) return;
  const previous = session.answers[key];
  delete session.answers[key];
  advance(session, previous);
}

function answerControls(question, previous) {
  const kind = question.kind;
  const name = 'answer';
  const radio = (value, label, extra = {}) => {
    const id = `answer-${String(value)}`;
    return h('div', { class: 'option', ...extra },
      h('input', { type: 'radio', name, id, value: String(value), checked: previous === value }),
      h('label', { for: id }, label));
  };
  if (kind.type === 'yes_no') {
    return h('div', { class: 'options options--yes-no' }, radio(true, 'Yes'), radio(false, 'No'));
  }
  if (kind.type === 'scale') {
    const values = [];
    for (let v = kind.min; v <= kind.max; v += 1) values.push(v);
    return h('div', { class: 'scale' },
      h('div', { class: 'options options--scale' }, values.map((v) => radio(v, String(v)))),
      h('div', { class: 'scale-labels', 'aria-hidden': 'true' },
        h('span', {}, `${kind.min} ${kind.min_label}`), h('span', {}, `${kind.max} ${kind.max_label}`)));
  }
  return h('div', { class: 'options options--choice' }, kind.options.map((o) => radio(o.id, o.label)));
}

function readAnswer(form, question) {
  const checked = form.querySelector('input[name="answer"]:checked');
  if (!checked) return undefined;
  if (question.kind.type === 'yes_no') return checked.value === 'true';
  if (question.kind.type === 'scale') return Number(checked.value);
  return checked.value;
}

function showQuestion(session, step, previous) {
  const { question, progress } = step;
  const helpId = 'question-help';
  const errorId = 'question-error';
  const error = h('p', { id: errorId, class: 'field-error', role: 'alert' });

  const form = h('form', {
    class: 'question',
    dataset: { questionId: question.id },
    novalidate: true,
    onsubmit: (event) => {
      event.preventDefault();
      const value = readAnswer(form, question);
      if (value === undefined) {
        error.textContent = 'Choose an answer to continue.';
        form.querySelector('input[name="answer"]').focus();
        return;
      }
      session.answers[question.id] = value;
      session.order.push(question.id);
      advance(session);
    },
  },
  h('fieldset', {
    'aria-describedby': `${helpId} ${errorId}`,
    // Enter on a chosen answer moves on, as it does in a text field.
    onkeydown: (event) => {
      if (event.key === 'Enter' && event.target.matches('input[type="radio"]')) {
        event.preventDefault();
        form.requestSubmit();
      }
    },
  },
    h('legend', { class: 'visually-hidden' }, question.prompt),
    answerControls(question, previous)),
  error,
  h('div', { class: 'actions' },
    h('button', { type: 'button', class: 'button button--secondary', disabled: session.order.length === 0, onclick: () => goBack(session), dataset: { action: 'back' } }, 'Back'),
    h('button', { type: 'submit', class: 'button button--primary', dataset: { action: 'next' } }, 'Next')));

  show(
    h('section', { class: 'triage', 'aria-labelledby': 'question-title' },
      h('div', { class: 'progress-row' },
        h('p', { class: 'section-label' }, question.section.title),
        h('p', { class: 'progress-text', id: 'progress-text' }, `Question ${progress.number} of about ${progress.total}`)),
      h('progress', { max: progress.total, value: progress.number - 1, 'aria-labelledby': 'progress-text' }),
      h('h1', { id: 'question-title' }, question.prompt),
      h('p', { id: helpId, class: 'help' }, question.help),
      form));
  announce(`Question ${progress.number} of about ${progress.total}`);
}
