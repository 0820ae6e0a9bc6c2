// @ts-check
// The daily check-in: pain now, pain with exercise, whether it settled, and
// the warning signs. The backend decides what the answers mean: a sign that
// needs care today comes back as the emergency result, any other warning sign
// as a reason to answer the full check again.

/** @import { DailyAnswers } from '../ipc/DailyAnswers' */
/** @import { WarningSigns } from '../ipc/WarningSigns' */
import { api } from '../api.js';
import { checkedValue, painScale, radioOptions, yesNo } from '../controls.js';
import { announce, h, localDay, show } from '../dom.js';
import { showError } from './error.js';
import { showResult } from './result.js';

function question(q, control, { hidden = false } = {}) {
  return h(
    'fieldset',
    { class: 'card question', id: `q-${q.id}`, hidden, 'aria-describedby': `help-${q.id}` },
    h('legend', {}, q.text),
    h('p', { class: 'help', id: `help-${q.id}` }, q.help),
    control,
  );
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
  // Which sign, once the person says there is one: the emergency result
  // names it, and the staff need to hear it; another sign is judged with
  // what the last check found.
  const whichSigns = (id, signs) =>
    h(
      'fieldset',
      { class: 'card question', id: `q-${id}_which`, hidden: true },
      h('legend', {}, 'Tick each one you have noticed'),
      signs.map((s) =>
        h(
          'div',
          { class: 'checkbox' },
          h('input', { type: 'checkbox', id: `${id}-${s.id}`, dataset: { sign: s.id } }),
          h('label', { for: `${id}-${s.id}` }, s.label),
        ),
      ),
    );
  const emergencyWhich = whichSigns('emergency', w.emergency_signs);
  const otherWhich = whichSigns('other', w.other_signs);
  /** @param {HTMLElement} fieldset */
  const tickedIn = (fieldset) =>
    [...fieldset.querySelectorAll('input:checked')].map((box) => /** @type {HTMLElement} */ (box).dataset.sign);
  const form = h(
    'form',
    { class: 'check-in-form', novalidate: true },
    // The signs that need care today come first: one of them ends the
    // check-in at once with the number to call.
    question(
      w.emergency_sign,
      h(
        'div',
        {},
        h(
          'ul',
          { class: 'plain-list emergency-signs', id: 'emergency-sign-list' },
          w.emergency_signs.map((s) => h('li', {}, s.label)),
        ),
        yesNo('emergency_sign', { prefix: 'emergency' }),
      ),
    ),
    emergencyWhich,
    question(w.pain_now, painScale('pain_now', { prefix: 'now' })),
    question(w.exercised, yesNo('exercised', { prefix: 'exercised' })),
    exerciseParts,
    question(w.settled, radioOptions('settled', w.settled_choices, { prefix: 'settled' })),
    question(
      w.warning_sign,
      h(
        'div',
        {},
        h(
          'ul',
          { class: 'plain-list warning-signs', id: 'other-sign-list' },
          w.other_signs.map((s) => h('li', {}, s.label)),
        ),
        yesNo('warning_sign', { prefix: 'warning' }),
      ),
    ),
    otherWhich,
    error,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'submit', class: 'button button--primary', dataset: { action: 'save-check-in' }, id: 'save-check-in' },
        'Save my check-in',
      ),
      h('a', { class: 'button button--secondary', href: '#progress' }, 'Cancel'),
    ),
  );

  /// A sign that needs care today: straight to the emergency result, whatever
  /// else is unanswered.
  const reportSigns = async () => {
    const ticked = tickedIn(emergencyWhich);
    if (ticked.length === 0) {
      error.textContent = 'Tick the sign you have noticed, so Spinewise can tell you what to do.';
      emergencyWhich.querySelector('input').focus();
      return;
    }
    try {
      showResult(
        await api.reportWarningSigns(/** @type {WarningSigns} */ (Object.fromEntries(ticked.map((id) => [id, true])))),
        {
          justFinished: true,
        },
      );
    } catch (err) {
      error.textContent = err.message;
    }
  };

  form.addEventListener('change', () => {
    const exercised = checkedValue(form, 'exercised') === true;
    exerciseParts.forEach((part) => {
      part.hidden = !exercised;
    });
    const sayingYes = checkedValue(form, 'emergency_sign') === true;
    emergencyWhich.hidden = !sayingYes;
    // The tick boxes list the same signs: show them once, not twice.
    /** @type {HTMLElement} */ (form.querySelector('#emergency-sign-list')).hidden = sayingYes;
    /** @type {HTMLElement} */ (form.querySelector('#save-check-in')).textContent = sayingYes
      ? 'Show me what to do now'
      : 'Save my check-in';
    const otherYes = checkedValue(form, 'warning_sign') === true;
    otherWhich.hidden = !otherYes;
    /** @type {HTMLElement} */ (form.querySelector('#other-sign-list')).hidden = otherYes;
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (checkedValue(form, 'emergency_sign') === true) {
      await reportSigns();
      return;
    }
    const exercised = checkedValue(form, 'exercised');
    const required = [
      'emergency_sign',
      'pain_now',
      'exercised',
      ...(exercised ? ['pain_during', 'pain_after'] : []),
      'settled',
      'warning_sign',
    ];
    const missing = firstMissing(form, required);
    if (missing) {
      const fieldset = form.querySelector(`#q-${missing}`);
      error.textContent = `Please answer: ${fieldset.querySelector('legend').textContent}`;
      fieldset.querySelector('input').focus();
      return;
    }
    const otherSigns = checkedValue(form, 'warning_sign') === true ? tickedIn(otherWhich) : [];
    if (checkedValue(form, 'warning_sign') === true && otherSigns.length === 0) {
      error.textContent = 'Tick the warning sign you have noticed, so Spinewise can tell you what it means.';
      otherWhich.querySelector('input').focus();
      return;
    }
    // Every group was checked above; the backend judges the values.
    const answers = /** @type {DailyAnswers} */ ({
      day: localDay(),
      pain_now: checkedValue(form, 'pain_now'),
      exercise: exercised
        ? { during: checkedValue(form, 'pain_during'), after: checkedValue(form, 'pain_after') }
        : null,
      settled: checkedValue(form, 'settled'),
      emergency_signs: {},
      warning_sign: checkedValue(form, 'warning_sign'),
      other_signs: Object.fromEntries(otherSigns.map((id) => [id, true])),
    });
    try {
      const result = await api.checkInDaily(answers);
      if (result.triage_result) {
        showResult(result.triage_result, { justFinished: true });
        return;
      }
      showCheckInResult(result);
    } catch (err) {
      error.textContent = err.message;
    }
  });

  show(
    h(
      'section',
      { class: 'check-in-screen', 'aria-labelledby': 'check-in-title' },
      h('h1', { id: 'check-in-title' }, 'Daily check-in'),
      h('p', { class: 'lead' }, w.daily_intro),
      form,
    ),
  );
  document.body.dataset.screen = 'check-in';
}

/// What the check-in led to, in the backend's words. A warning sign says why
/// and offers the new check first.
export function showCheckInResult(result) {
  const verdict = result.verdict;
  const step = verdict?.step ?? 'keep_going';
  const checkAgain = step === 'go_to_triage';
  show(
    h(
      'section',
      { class: `card check-in-result check-in-result--${step}`, dataset: { step }, 'aria-labelledby': 'verdict-title' },
      h('h1', { id: 'verdict-title' }, verdict?.title ?? 'Your check-in is saved'),
      h('p', { class: 'lead', role: checkAgain ? 'alert' : 'status' }, verdict?.message ?? 'Your check-in is saved.'),
      h(
        'div',
        { class: 'actions' },
        checkAgain
          ? h(
              'a',
              { class: 'button button--primary', href: '#triage', dataset: { action: 'check-again' } },
              'Check my back pain now',
            )
          : null,
        h(
          'a',
          {
            class: checkAgain ? 'button button--secondary' : 'button button--primary',
            href: '#progress',
            dataset: { action: 'see-progress' },
          },
          'See my progress',
        ),
        h('a', { class: 'button button--secondary', href: '#plan' }, 'See my plan'),
      ),
    ),
  );
  document.body.dataset.screen = 'check-in-result';
  if (checkAgain) announce(verdict.message);
}
