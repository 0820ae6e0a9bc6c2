// @ts-check
// The weekly check-in: the three PEG scores and up to five of the person's
// own activities (Patient-Specific Functional Scale). The backend checks and
// judges the answers.

/** @import { WeeklyAnswers } from '../ipc/WeeklyAnswers' */
import { api } from '../api.js';
import { checkedValue, painScale } from '../controls.js';
import { h, localDay, show } from '../dom.js';
import { showError } from './error.js';
import { showCheckInResult } from './checkin.js';

function activityRow(index, name, maxLength) {
  const nameId = `activity-name-${index}`;
  const scoreId = `activity-score-${index}`;
  const scores = [h('option', { value: '' }, 'Score')];
  for (let v = 0; v <= 10; v += 1) scores.push(h('option', { value: String(v) }, String(v)));
  return h(
    'div',
    { class: 'activity-row' },
    h(
      'div',
      {},
      h('label', { for: nameId }, `Activity ${index + 1}`),
      h('input', {
        id: nameId,
        type: 'text',
        maxlength: String(maxLength),
        value: name ?? '',
        autocomplete: 'off',
        dataset: { activity: String(index) },
      }),
    ),
    h(
      'div',
      {},
      h('label', { for: scoreId }, `Score for activity ${index + 1}, 0 to 10`),
      h('select', { id: scoreId, dataset: { activityScore: String(index) } }, scores),
    ),
  );
}

export async function showWeekly() {
  let view;
  try {
    view = await api.progress();
  } catch (error) {
    showError(error, showWeekly);
    return;
  }
  const w = view.wording;
  const error = h('p', { class: 'field-error', role: 'alert' });
  const rows = [];
  for (let i = 0; i < w.max_activities; i += 1) rows.push(activityRow(i, view.last_activities[i], w.max_activity_name));
  const form = h(
    'form',
    { class: 'check-in-form', novalidate: true },
    w.peg.map((q) =>
      h(
        'fieldset',
        { class: 'card question', id: `q-${q.id}`, 'aria-describedby': `help-${q.id}` },
        h('legend', {}, q.text),
        h('p', { class: 'help', id: `help-${q.id}` }, q.help),
        painScale(`peg_${q.id}`, {
          prefix: `peg-${q.id}`,
          maxLabel: q.id === 'pain' ? 'Worst imaginable' : 'Completely',
          minLabel: q.id === 'pain' ? 'No pain' : 'Not at all',
        }),
      ),
    ),
    h(
      'fieldset',
      { class: 'card question', id: 'q-stiffness', 'aria-describedby': 'help-stiffness' },
      h('legend', {}, w.stiffness.text),
      h('p', { class: 'help', id: 'help-stiffness' }, w.stiffness.help),
      painScale('stiffness', { prefix: 'stiffness', minLabel: 'Not stiff', maxLabel: 'As stiff as can be' }),
    ),
    h(
      'fieldset',
      { class: 'card question', id: 'q-activities', 'aria-describedby': 'help-activities' },
      h('legend', {}, w.activities.text),
      h('p', { class: 'help', id: 'help-activities' }, w.activities.help),
      rows,
    ),
    error,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'submit', class: 'button button--primary', dataset: { action: 'save-weekly' } },
        'Save my weekly scores',
      ),
      h('a', { class: 'button button--secondary', href: '#progress' }, 'Cancel'),
    ),
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const missing =
      w.peg.find((q) => checkedValue(form, `peg_${q.id}`) === undefined) ??
      (checkedValue(form, 'stiffness') === undefined ? w.stiffness : undefined);
    if (missing) {
      error.textContent = `Please answer: ${missing.text}`;
      form.querySelector(`#q-${missing.id} input`).focus();
      return;
    }
    const activities = [];
    for (let i = 0; i < w.max_activities; i += 1) {
      const name = form.querySelector(`[data-activity="${i}"]`).value;
      const score = form.querySelector(`[data-activity-score="${i}"]`).value;
      if (name.trim() === '' && score === '') continue;
      if (score === '') {
        error.textContent = `Please give activity ${i + 1} a score from 0 to 10.`;
        form.querySelector(`[data-activity-score="${i}"]`).focus();
        return;
      }
      activities.push({ name, score: Number(score) });
    }
    const answers = /** @type {WeeklyAnswers} */ ({
      day: localDay(),
      peg: Object.fromEntries(w.peg.map((q) => [q.id, checkedValue(form, `peg_${q.id}`)])),
      stiffness: checkedValue(form, 'stiffness'),
      activities,
    });
    try {
      showCheckInResult(await api.checkInWeekly(answers));
    } catch (err) {
      error.textContent = err.message;
    }
  });

  show(
    h(
      'section',
      { class: 'check-in-screen', 'aria-labelledby': 'weekly-title' },
      h('h1', { id: 'weekly-title' }, 'Weekly check-in'),
      h('p', { class: 'lead' }, w.weekly_intro),
      form,
    ),
  );
  document.body.dataset.screen = 'weekly';
}
