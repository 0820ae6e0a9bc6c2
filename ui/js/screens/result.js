// @ts-check
// A finished triage: the level, why, the likely kind of pain and what to do.
// An emergency gets its own unmissable screen with the number to call.

import { announce, formatDate, h, show } from '../dom.js';
import { navigate } from '../router.js';

function list(items, ordered = false) {
  return h(
    ordered ? 'ol' : 'ul',
    { class: 'plain-list' },
    items.map((item) => h('li', {}, item)),
  );
}

function reasonsSection(outcome) {
  if (outcome.reasons.length === 0) return null;
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'reasons-title' },
    h('h2', { id: 'reasons-title' }, outcome.level === 'emergency' ? 'The sign you reported' : 'Why this advice'),
    h(
      'ul',
      { class: 'reasons' },
      outcome.reasons.map((r) => h('li', { dataset: { level: r.level, rule: r.rule } }, r.finding)),
    ),
  );
}

function stepsSection(outcome) {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'steps-title' },
    h('h2', { id: 'steps-title' }, 'What to do next'),
    list(outcome.next_steps, true),
  );
}

function painKindSection(outcome) {
  const kind = outcome.pain_kind;
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'kind-title' },
    h('h2', { id: 'kind-title' }, 'Likely kind of pain'),
    h('p', { class: 'kind-label', dataset: { kind: kind.kind } }, kind.label),
    h('p', {}, kind.description),
    kind.cues.length ? h('div', {}, h('h3', {}, 'What points to it'), list(kind.cues)) : null,
  );
}

function disclaimer(outcome) {
  return h('p', { class: 'disclaimer', role: 'note' }, outcome.not_a_diagnosis);
}

/// `routinesOpen`: a result whose plan offers routines now leads to them
/// (the routines screen says which, and why); one that waits for a
/// professional leads to the plan, where the appointment and a clearance are.
function homeButtons(routinesOpen = false, level = '') {
  const waitsForProfessional = level === 'soon' || level === 'urgent';
  return h(
    'div',
    { class: 'actions' },
    routinesOpen
      ? h(
          'a',
          { class: 'button button--primary', href: '#routines', dataset: { action: 'result-routines' } },
          'See my routines',
        )
      : null,
    !routinesOpen && waitsForProfessional
      ? h('a', { class: 'button button--primary', href: '#plan', dataset: { action: 'result-plan' } }, 'See my plan')
      : null,
    h(
      'button',
      {
        type: 'button',
        class: 'button button--secondary',
        onclick: () => navigate('home'),
        dataset: { action: 'home' },
      },
      'Back to home',
    ),
    h(
      'button',
      {
        type: 'button',
        class: routinesOpen || waitsForProfessional ? 'button button--secondary' : 'button button--primary',
        onclick: () => navigate('triage'),
        dataset: { action: 'restart' },
      },
      'Check again',
    ),
  );
}

function emergencyScreen(result) {
  const { outcome } = result;
  return h(
    'section',
    { class: 'result result--emergency', dataset: { level: outcome.level }, 'aria-labelledby': 'result-title' },
    h(
      'div',
      { class: 'emergency-banner' },
      h('h1', { id: 'result-title' }, outcome.title),
      h(
        'p',
        { class: 'emergency-call', role: 'alert' },
        result.emergency_number
          ? [
              h('span', {}, 'Call '),
              h('strong', { class: 'emergency-number' }, result.emergency_number),
              h('span', {}, ' now'),
            ]
          : h('span', {}, 'Call your local emergency number now'),
      ),
      h('p', {}, outcome.summary),
    ),
    stepsSection(outcome),
    reasonsSection(outcome),
    disclaimer(outcome),
    homeButtons(),
  );
}

function standardScreen(result, justFinished) {
  const { outcome } = result;
  return h(
    'section',
    { class: 'result', dataset: { level: outcome.level }, 'aria-labelledby': 'result-title' },
    h(
      'div',
      { class: 'level-banner' },
      h(
        'p',
        { class: 'level-name' },
        justFinished ? 'Your result' : `Your last result, ${formatDate(result.completed_at)}`,
      ),
      h('h1', { id: 'result-title' }, outcome.title),
      h('p', {}, outcome.summary),
      h('p', { class: 'see-professional' }, h('strong', {}, 'See a professional: '), outcome.see_a_professional),
    ),
    disclaimer(outcome),
    reasonsSection(outcome),
    stepsSection(outcome),
    painKindSection(outcome),
    h('p', { class: 'small' }, `In an emergency, call ${result.emergency_number ?? 'your local emergency number'}.`),
    homeButtons(result.routines_open, outcome.level),
  );
}

export function showResult(result, { justFinished = false } = {}) {
  const emergency = result.outcome.level === 'emergency';
  show(emergency ? emergencyScreen(result) : standardScreen(result, justFinished));
  document.body.dataset.screen = 'result';
  announce(
    emergency
      ? `${result.outcome.title}. Call ${result.emergency_number ?? 'your local emergency number'} now.`
      : result.outcome.title,
  );
}
