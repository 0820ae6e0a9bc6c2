import { api } from '../api.js';
import { formatDate, h, show } from '../dom.js';
import { navigate } from '../router.js';
import { showResult } from './result.js';
import { showError } from './error.js';

export async function showHome() {
  let home;
  try {
    home = await api.home();
  } catch (error) {
    showError(error, showHome);
    return;
  }
  const last = home.last_result;
  show(h('section', { class: 'home', 'aria-labelledby': 'home-title' },
    home.notice
      ? h('div', { class: 'card card--notice', role: 'alert', dataset: { notice: 'store' } },
        h('h2', {}, 'About your saved plan'), h('p', {}, home.notice.message))
      : null,
    h('h1', { id: 'home-title' }, 'Back pain and exercise'),
    h('p', { class: 'lead' }, 'Answer a few questions about your back and Spinewise tells you whether to carry on, change what you are doing, stop, or get help, and why.'),
    h('div', { class: 'actions actions--start' },
      h('button', { type: 'button', class: 'button button--primary button--large', onclick: () => navigate('triage'), dataset: { action: 'start-triage' } }, 'Check my back pain'),
      last ? h('a', { class: 'button button--secondary button--large', href: '#check-in', dataset: { action: 'home-check-in' } }, 'Daily check-in') : null),
    last
      ? h('section', { class: 'card last-result', dataset: { level: last.outcome.level }, 'aria-labelledby': 'last-title' },
        h('h2', { id: 'last-title' }, 'Your last check'),
        h('p', { class: 'small' }, h('time', { datetime: last.completed_at }, formatDate(last.completed_at))),
        h('p', { class: 'last-level' }, last.outcome.title),
        h('button', { type: 'button', class: 'button button--secondary', onclick: () => showResult(last), dataset: { action: 'view-last' } }, 'See the full result'))
      : h('p', { class: 'card small' }, 'You have not checked your back pain yet. Your results are kept on this computer only.'),
    h('p', { class: 'emergency-hint' }, home.emergency_reminder, ' Call ', h('strong', {}, home.emergency_number), '.'),
    h('p', { class: 'disclaimer', role: 'note' }, home.not_a_diagnosis)));
  document.body.dataset.screen = 'home';
  // Marks for tests and the start-up benchmark: the first screen is interactive.
  if (document.body.dataset.ready !== 'true') performance.mark('interactive');
  document.body.dataset.ready = 'true';
}
