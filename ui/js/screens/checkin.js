// The daily check-in: pain now, pain with exercise, whether it settled, and
// the warning signs. The backend decides what the answers mean; a warning
// sign goes straight to the full check.

import { api } from '../api.js';
import { checkedValue, painScale, radioOptions, yesNo } from '../controls.js';
import { announce, h, localDay, show } from '../dom.js';
import { navigate } from '../router.js';
import { showError } from './error.js';

function question(q, control, { hidden = false } = {}) {
  return h('fieldset', { class: 'card question', id: `q-${q.id}`, hidden, 'aria-describedby': `help-${q.id}` },
    h('legend', {}, q.text),
    h('p', { class: 'help', id: `help-${q.id}` }, q.help),
    control);
}

/// Asks for the first unanswered question, or returns undefined when all are.
function firstMissing(form, names) {
  return names.find((name) => checkedValue(form, name) === undefined);
}

export async function showCheckIn() {
  let view;
  try {
    view = await api.progress();
  } catch (error) {
    showError(error, showCheckIn);
    return;
  }
  const w = view.wording;
  const error = h('p', { class: 'field-error', role: 'alert', id: 'check-in-error' });
  const exerciseParts = [
    question(w.pain_during, painScale('pain_during', { prefix: 'during' }), { hidden: true }),
    question(w.pain_after, painScale('pain_after', { prefix: 'after' }), { hidden: true }),
  ];
  const form = h('form', { class: 'check-in-form', novalidate: true },
    question(w.pain_now, painScale('pain_now', { prefix: 'now' })),
    question(w.exercised, yesNo('exercised', { prefix: 'exercised' })),
    exerciseParts,
    question(w.settled, radioOptions('settled', w.settled_choices, { prefix: 'settled' })),
    question(w.warning_sign, h('div', {},
      h('ul', { class: 'plain-list warning-signs' }, w.warning_signs.map((s) => h('li', {}, s))),
      yesNo('warning_sign', { prefix: 'warning' }))),
    error,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'button button--primary', dataset: { action: 'save-check-in' } }, 'Save my check-in'),
      h('a', { class: 'button button--secondary', href: '#progress' }, 'Cancel')));

  form.addEventListener('change', () => {
    const exercised = checkedValue(form, 'exercised') === true;
    exerciseParts.forEach((part) => { part.hidden = !exercised; });
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const exercised = checkedValue(form, 'exercised');
    const required = ['pain_now', 'exercised', ...(exercised ? ['pain_during', 'pain_after'] : []), 'settled', 'warning_sign'];
    const missing = firstMissing(form, required);
    if (missing) {
      const fieldset = form.querySelector(`#q-${missing}`);
      error.textContent = `Please answer: ${fieldset.querySelector('legend').textContent}`;
      fieldset.querySelector('input').focus();
      return;
    }
    const answers = {
      day: localDay(),
      pain_now: checkedValue(form, 'pain_now'),
      exercise: exercised ? { during: checkedValue(form, 'pain_during'), after: checkedValue(form, 'pain_after') } : null,
      settled: checkedValue(form, 'settled'),
      warning_sign: checkedValue(form, 'warning_sign'),
    };
    try {
      const result = await api.checkInDaily(answers);
      if (result.verdict?.step === 'go_to_triage') {
        announce(result.verdict.message);
        navigate('triage');
        return;
      }
      showCheckInResult(result);
    } catch (err) {
      error.textContent = err.message;
    }
  });

  show(h('section', { class: 'check-in-screen', 'aria-labelledby': 'check-in-title' },
    h('h1', { id: 'check-in-title' }, 'Daily check-in'),
    h('p', { class: 'lead' }, w.daily_intro),
    form));
  document.body.dataset.screen = 'check-in';
}

/// What the check-in led to, in the backend's words.
export function showCheckInResult(result) {
  const verdict = result.verdict;
  const step = verdict?.step ?? 'keep_going';
  show(h('section', { class: `card check-in-result check-in-result--${step}`, dataset: { step }, 'aria-labelledby': 'verdict-title' },
    h('h1', { id: 'verdict-title' }, verdict?.title ?? 'Your check-in is saved'),
    h('p', { class: 'lead', role: 'status' }, verdict?.message ?? 'Your check-in is saved.'),
    h('div', { class: 'actions' },
      h('a', { class: 'button button--primary', href: '#progress', dataset: { action: 'see-progress' } }, 'See my progress'),
      h('a', { class: 'button button--secondary', href: '#plan' }, 'See my plan'))));
  document.body.dataset.screen = 'check-in-result';
}
