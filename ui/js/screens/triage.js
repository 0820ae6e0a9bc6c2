// @ts-check
// One question per screen. The backend says which question comes next and
// when the triage is complete; this screen only collects the answer.

import { api } from '../api.js';
import { announce, h, show } from '../dom.js';
import { showResult } from './result.js';
import { showError } from './error.js';
import { checkedValue, painScale, radioOptions, yesNo } from '../controls.js';

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
  if (kind.type === 'yes_no') return yesNo('answer', { previous });
  if (kind.type === 'scale') {
    return painScale('answer', {
      min: kind.min,
      max: kind.max,
      minLabel: kind.min_label,
      maxLabel: kind.max_label,
      previous,
    });
  }
  return radioOptions(
    'answer',
    kind.options.map((o) => ({ value: o.id, label: o.label })),
    { previous },
  );
}

function showQuestion(session, step, previous) {
  const { question, progress } = step;
  const helpId = 'question-help';
  const errorId = 'question-error';
  const error = h('p', { id: errorId, class: 'field-error', role: 'alert' });

  const form = h(
    'form',
    {
      class: 'question',
      dataset: { questionId: question.id },
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        const value = checkedValue(form, 'answer');
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
    h(
      'fieldset',
      {
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
      answerControls(question, previous),
    ),
    error,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'button button--secondary',
          disabled: session.order.length === 0,
          onclick: () => goBack(session),
          dataset: { action: 'back' },
        },
        'Back',
      ),
      h('button', { type: 'submit', class: 'button button--primary', dataset: { action: 'next' } }, 'Next'),
    ),
  );

  show(
    h(
      'section',
      { class: 'triage', 'aria-labelledby': 'question-title' },
      h(
        'div',
        { class: 'progress-row' },
        h('p', { class: 'section-label' }, question.section.title),
        h(
          'p',
          { class: 'progress-text', id: 'progress-text' },
          `Question ${progress.number} of about ${progress.total}`,
        ),
      ),
      h('progress', { max: progress.total, value: progress.number - 1, 'aria-labelledby': 'progress-text' }),
      h('h1', { id: 'question-title' }, question.prompt),
      h('p', { id: helpId, class: 'help' }, question.help),
      form,
    ),
  );
  announce(`Question ${progress.number} of about ${progress.total}`);
}
