// The recovery plan, built by the backend: phases with where the person is,
// the red-flag box, routines, when to see a professional, long-term habits.

import { api } from '../api.js';
import { announce, formatDate, h, show } from '../dom.js';
import { showError } from './error.js';

const list = (items) => h('ul', { class: 'plain-list' }, items.map((i) => h('li', {}, i)));

async function print() {
  try {
    await api.printPlan();
    announce('The print window is open.');
  } catch (error) {
    document.getElementById('plan-status').textContent = error.message;
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
  show(h('section', { class: 'plan', dataset: { phase: view.current }, 'aria-labelledby': 'plan-title' },
    h('h1', { id: 'plan-title' }, 'Your recovery plan'),
    view.last_result
      ? h('p', { class: 'small' }, `From your check on ${formatDate(view.last_result.completed_at)}. Likely kind of pain: ${view.last_result.pain_kind}.`)
      : null,
    h('p', { class: 'lead' }, view.why),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button button--primary', dataset: { action: 'print-plan' }, onclick: print }, 'Print'),
      h('button', { type: 'button', class: 'button button--secondary', dataset: { action: 'save-plan' }, onclick: save }, 'Save as a web page')),
    status,
    h('section', { class: 'card red-flag-box', 'aria-labelledby': 'flags-title' },
      h('h2', { id: 'flags-title' }, 'Stop and get help if you notice'),
      view.red_flags.map((group) => h('div', {}, h('h3', {}, group.how_soon), list(group.signs)))),
    h('h2', {}, 'Your phases'),
    view.phases.map((phase) => h('section', { class: `card phase${phase.id === view.current ? ' phase--current' : ''}`, dataset: { phase: phase.id } },
      h('h3', {}, phase.title, phase.id === view.current ? h('span', { class: 'badge' }, 'You are here') : null),
      h('p', {}, phase.summary),
      list(phase.steps))),
    view.routines.length
      ? h('section', { class: 'card' }, h('h2', {}, 'Your routines'),
        list(view.routines.map((r) => `${r.name}: about ${r.minutes} min`)),
        h('a', { class: 'button button--secondary', href: '#routines' }, 'Go to routines'))
      : null,
    h('section', { class: 'card' }, h('h2', {}, 'When to see a professional'), list(view.see_a_professional)),
    h('section', { class: 'card' }, h('h2', {}, 'Habits for the long term'), list(view.habits)),
    h('p', { class: 'disclaimer', role: 'note' }, view.not_a_diagnosis)));
  document.body.dataset.screen = 'plan';
}
