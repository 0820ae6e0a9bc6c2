// @ts-check
// The recovery plan, built by the backend: phases with where the person is,
// the red-flag box, routines, when to see a professional, long-term habits.

import { api } from '../api.js';
import { announce, byId, formatDate, formatDay, h, localDay, show } from '../dom.js';
import { nextStepLink } from '../next-step.js';
import { showError } from './error.js';

const list = (items) =>
  h(
    'ul',
    { class: 'plain-list' },
    items.map((i) => h('li', {}, i)),
  );

async function print() {
  try {
    await api.printPlan();
    announce('The print window is open.');
  } catch (error) {
    byId('plan-status').textContent = error.message;
  }
}

export async function showPlan() {
  let view;
  try {
    view = await api.plan();
  } catch (error) {
    showError(error, showPlan);
    return;
  }
  const status = h('p', { id: 'plan-status', class: 'small', role: 'status' });
  const save = async () => {
    try {
      const saved = await api.savePlan();
      status.textContent = `Saved as ${saved.path}. Open it in any browser to print it.`;
    } catch (error) {
      status.textContent = error.message;
    }
  };
  show(
    h(
      'section',
      { class: 'plan', dataset: { phase: view.current }, 'aria-labelledby': 'plan-title' },
      h('h1', { id: 'plan-title' }, view.headings.title),
      view.last_result
        ? h(
            'p',
            { class: 'small' },
            `From your check on ${formatDate(view.last_result.completed_at)}. Likely kind of pain: ${view.last_result.pain_kind}.`,
          )
        : null,
      h('p', { class: 'lead' }, view.why),
      view.instead && view.instead !== 'plan' ? h('div', { class: 'actions' }, nextStepLink(view.instead)) : null,
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { type: 'button', class: 'button button--primary', dataset: { action: 'print-plan' }, onclick: print },
          'Print',
        ),
        h(
          'button',
          { type: 'button', class: 'button button--secondary', dataset: { action: 'save-plan' }, onclick: save },
          'Save as a web page',
        ),
      ),
      status,
      clearanceSection(view),
      h(
        'section',
        { class: 'card red-flag-box', 'aria-labelledby': 'flags-title' },
        h('h2', { id: 'flags-title' }, view.headings.red_flags),
        h(
          'p',
          { class: 'emergency-number-line' },
          'In an emergency, call ',
          h('strong', {}, view.emergency_number ?? 'your local emergency number'),
          '.',
        ),
        view.red_flags.map((group) => h('div', {}, h('h3', {}, group.how_soon), list(group.signs))),
      ),
      h('h2', {}, view.headings.phases),
      view.phases.map((phase) =>
        h(
          'section',
          { class: `card phase${phase.id === view.current ? ' phase--current' : ''}`, dataset: { phase: phase.id } },
          h('h3', {}, phase.title, phase.id === view.current ? h('span', { class: 'badge' }, 'You are here') : null),
          h('p', {}, phase.summary),
          list(phase.steps),
        ),
      ),
      view.routines.length
        ? h(
            'section',
            { class: 'card' },
            h('h2', {}, view.headings.routines),
            list(view.routines.map((r) => `${r.name}: about ${r.minutes} min`)),
            h('a', { class: 'button button--secondary', href: '#routines' }, 'Go to routines'),
          )
        : view.routines_note
          ? h(
              'section',
              { class: 'card card--notice', dataset: { note: 'routines' } },
              h('h2', {}, view.headings.routines),
              h('p', {}, view.routines_note),
            )
          : null,
      view.own_routines.length
        ? h(
            'section',
            { class: 'card', dataset: { section: 'own-routines' } },
            h('h2', {}, view.headings.own_routines),
            list(
              view.own_routines.map((o) => `${o.routine.name}: about ${o.minutes} min.${o.waits ? ` ${o.waits}` : ''}`),
            ),
          )
        : null,
      h('section', { class: 'card' }, h('h2', {}, view.headings.see_a_professional), list(view.see_a_professional)),
      h('section', { class: 'card' }, h('h2', {}, view.headings.habits), list(view.habits)),
      h('p', { class: 'disclaimer', role: 'note' }, view.not_a_diagnosis),
    ),
  );
  document.body.dataset.screen = 'plan';
}

/// A professional's clearance: shown once recorded; offered, on purpose and
/// never by default, while the plan waits for an examination.
function clearanceSection(view) {
  if (view.clearance) {
    const c = view.clearance;
    return h(
      'section',
      { class: 'card clearance', dataset: { clearance: 'recorded' }, 'aria-labelledby': 'clearance-title' },
      h('h2', { id: 'clearance-title' }, 'Cleared to exercise'),
      h('p', {}, `Examined on ${formatDay(c.examined_on)}${c.examined_by ? ` by ${c.examined_by}` : ''}, for:`),
      list(c.signs),
      h('p', { class: 'help' }, 'A new sign, or a change in these, still means stopping and checking again.'),
    );
  }
  if (view.clearable_signs.length === 0) return null;
  const error = h('p', { id: 'clearance-error', class: 'field-error', role: 'alert' });
  const confirmBox = h('input', { type: 'checkbox', id: 'clearance-confirm' });
  const date = h('input', {
    type: 'date',
    id: 'clearance-date',
    max: localDay(),
    required: true,
    'aria-describedby': 'clearance-error',
  });
  const who = h('input', { type: 'text', id: 'clearance-who', maxlength: '80', autocomplete: 'off' });
  const confirmStep = h(
    'div',
    { class: 'confirm', hidden: true, role: 'alertdialog', 'aria-labelledby': 'clearance-confirm-title' },
    h(
      'p',
      { id: 'clearance-confirm-title' },
      h('strong', {}, 'Record that you were cleared for these signs?'),
      ' Gentle routines then open; the signs stay in the box below.',
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'button button--primary',
          dataset: { action: 'confirm-clearance' },
          onclick: async () => {
            try {
              await api.recordClearance({
                confirmed: confirmBox.checked,
                examined_on: date.value,
                examined_by: who.value,
              });
              announce('Recorded. Your plan has moved on.');
              await showPlan();
            } catch (err) {
              confirmStep.hidden = true;
              error.textContent = err.message;
            }
          },
        },
        'Yes, record it',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button button--secondary',
          onclick: () => {
            confirmStep.hidden = true;
          },
        },
        'Cancel',
      ),
    ),
  );
  const form = h(
    'form',
    {
      class: 'clearance-form',
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        error.textContent = '';
        if (!confirmBox.checked) {
          error.textContent = 'Tick the box only if a professional examined you and said you can exercise.';
          confirmBox.focus();
          return;
        }
        if (!date.value) {
          error.textContent = 'Give the date you were examined.';
          date.focus();
          return;
        }
        confirmStep.hidden = false;
        confirmStep.querySelector('button').focus();
      },
    },
    h('p', {}, 'Your last check found signs a professional should look at:'),
    list(view.clearable_signs),
    h(
      'div',
      { class: 'checkbox' },
      confirmBox,
      h(
        'label',
        { for: 'clearance-confirm' },
        'A doctor or physiotherapist examined me for these and said I can exercise.',
      ),
    ),
    h('label', { for: 'clearance-date' }, 'The day you were examined'),
    date,
    h('label', { for: 'clearance-who' }, 'Who examined you (optional)'),
    who,
    error,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'submit', class: 'button button--secondary', dataset: { action: 'record-clearance' } },
        'Record that I was cleared',
      ),
    ),
    confirmStep,
  );
  return h(
    'section',
    { class: 'card clearance', dataset: { clearance: 'offered' }, 'aria-labelledby': 'clearance-title' },
    h('h2', { id: 'clearance-title' }, 'Been examined?'),
    form,
  );
}
