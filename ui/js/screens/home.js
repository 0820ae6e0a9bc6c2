// @ts-check
import { api } from '../api.js';
import { announce, formatDate, h, show } from '../dom.js';
import { navigate } from '../router.js';
import { showResult } from './result.js';
import { nextStepLink } from '../next-step.js';
import { showError } from './error.js';

/// `saved`: a confirmation to show once, at the top (the number just saved).
export async function showHome({ saved = '' } = {}) {
  let home;
  try {
    home = await api.home();
  } catch (error) {
    showError(error, showHome);
    return;
  }
  const last = home.last_result;
  const number = home.emergency_number;
  // After an emergency result, home leads with it: nothing else on the
  // screen matters as much until the person has been seen.
  const emergency = last?.outcome.level === 'emergency';
  show(
    h(
      'section',
      { class: 'home', 'aria-labelledby': 'home-title' },
      emergency && last
        ? h(
            'section',
            { class: 'result--emergency', dataset: { level: 'emergency', home: 'emergency' }, role: 'alert' },
            h(
              'div',
              { class: 'emergency-banner' },
              h('p', { class: 'emergency-call' }, last.outcome.title),
              h(
                'p',
                {},
                'Your last check found a sign that needs emergency care. If you have not been seen yet, call ',
                h('strong', { class: 'emergency-number' }, number.number ?? 'your local emergency number'),
                ' now.',
              ),
              h(
                'button',
                { type: 'button', class: 'button button--secondary', onclick: () => showResult(last) },
                'See the full result',
              ),
            ),
          )
        : null,
      number.confirmed ? null : numberCheck(number),
      saved ? h('p', { class: 'card card--saved', role: 'status', dataset: { home: 'saved' } }, saved) : null,
      home.notice
        ? h(
            'div',
            { class: 'card card--notice', role: 'alert', dataset: { notice: 'store' } },
            h('h2', {}, 'About your saved plan'),
            h('p', {}, home.notice.message),
          )
        : null,
      h('h1', { id: 'home-title' }, 'Back pain and exercise'),
      h(
        'p',
        { class: 'lead' },
        'Answer about two dozen short questions about your back (a few minutes) and Spinewise tells you whether to carry on, change what you are doing, stop, or get help, and why.',
      ),
      h(
        'div',
        { class: 'actions actions--start' },
        h(
          'button',
          {
            type: 'button',
            class: 'button button--primary button--large',
            onclick: () => navigate('triage'),
            dataset: { action: 'start-triage' },
          },
          'Check my back pain',
        ),
        last && !emergency
          ? h(
              'a',
              {
                class: 'button button--secondary button--large',
                href: '#check-in',
                dataset: { action: 'home-check-in' },
              },
              'Daily check-in',
            )
          : null,
      ),
      home.plan_hold && !emergency
        ? h(
            'section',
            { class: 'card card--notice plan-hold', dataset: { home: 'hold' }, 'aria-labelledby': 'hold-title' },
            h('h2', { id: 'hold-title' }, 'Your plan is on hold'),
            h('p', {}, home.plan_hold),
            home.instead ? h('div', { class: 'actions' }, nextStepLink(home.instead)) : null,
          )
        : null,
      last
        ? h(
            'section',
            { class: 'card last-result', dataset: { level: last.outcome.level }, 'aria-labelledby': 'last-title' },
            h('h2', { id: 'last-title' }, 'Your last check'),
            h('p', { class: 'small' }, h('time', { datetime: last.completed_at }, formatDate(last.completed_at))),
            h('p', { class: 'last-level' }, last.outcome.title),
            h(
              'button',
              {
                type: 'button',
                class: 'button button--secondary',
                onclick: () => showResult(last),
                dataset: { action: 'view-last' },
              },
              'See the full result',
            ),
          )
        : h(
            'p',
            { class: 'card small' },
            'You have not checked your back pain yet. Your results are kept on this computer only.',
          ),
      home.offer_reminders ? reminderOffer() : null,
      h(
        'p',
        { class: 'emergency-hint' },
        home.emergency_reminder,
        ' Call ',
        h('strong', { class: 'home-emergency-number' }, number.number ?? 'your local emergency number'),
        '.',
      ),
      h('p', { class: 'disclaimer', role: 'note' }, home.not_a_diagnosis),
    ),
  );
  document.body.dataset.screen = 'home';
  // Keyboard and screen-reader users start where a sighted person looks
  // first: an emergency, else the number waiting to be confirmed.
  const first = /** @type {HTMLElement | null} */ (
    document.querySelector('[data-home="emergency"]') ?? document.querySelector('.number-check')
  );
  if (first) {
    first.setAttribute('tabindex', '-1');
    first.focus();
    window.scrollTo(0, 0);
  }
  // Marks for tests and the start-up benchmark: the first screen is interactive.
  if (document.body.dataset.ready !== 'true') performance.mark('interactive');
  document.body.dataset.ready = 'true';
}

/// Offered once, after the first plan: reminders are off until the person
/// turns them on, and either answer ends the offer.
function reminderOffer() {
  const answer = async (/** @type {boolean} */ setUp) => {
    try {
      await api.remindersOffered();
    } catch (error) {
      announce(error.message);
    }
    if (setUp) navigate('settings/reminders');
    else await showHome();
  };
  return h(
    'section',
    { class: 'card', dataset: { offer: 'reminders' }, 'aria-labelledby': 'offer-title' },
    h('h2', { id: 'offer-title' }, 'Reminders, if you want them'),
    h(
      'p',
      {},
      'Spinewise can remind you to check in each day, to do your routines and to take movement breaks while you work. It offers exercise only when your plan allows it. You can turn reminders on or off at any time in Settings.',
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'button button--primary',
          dataset: { action: 'set-up-reminders' },
          onclick: () => answer(true),
        },
        'Set up reminders',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button button--secondary',
          dataset: { action: 'no-reminders' },
          onclick: () => answer(false),
        },
        'Not now',
      ),
    ),
  );
}

/// Until the person confirms it, home shows the number Spinewise would tell
/// them to call, and asks whether it is right, or for theirs if the region's
/// is not known: a wrong number costs minutes.
function numberCheck(number) {
  const error = h('p', { id: 'number-check-error', class: 'field-error', role: 'alert' });
  const input = h('input', {
    id: 'number-check',
    type: 'text',
    inputmode: 'tel',
    autocomplete: 'off',
    'aria-describedby': 'number-check-error',
  });
  const save = async (value) => {
    try {
      const saved = await api.updateSettings(value);
      const message = `Saved. Spinewise will show ${saved.emergency_number.number} in an emergency; you can change it in Settings.`;
      await showHome({ saved: message });
      announce(message);
    } catch (err) {
      error.textContent = err.message;
      input.focus();
    }
  };
  const regional = number.regional;
  return h(
    'section',
    {
      class: 'card card--notice number-check',
      dataset: { numberCheck: regional ? 'confirm' : 'ask' },
      'aria-labelledby': 'number-check-title',
    },
    h('h2', { id: 'number-check-title' }, 'Your emergency number'),
    regional
      ? h(
          'p',
          {},
          'When your answers need emergency care, Spinewise will tell you to call ',
          h('strong', {}, regional.number),
          `, the ambulance number for your region (${regional.name}). Is that right where you are?`,
        )
      : h(
          'p',
          {},
          'Spinewise does not know the emergency number where you are. Give the number that reaches an ambulance, so it can show it when you need it.',
        ),
    h(
      'form',
      {
        class: 'number-check-form',
        novalidate: true,
        onsubmit: (e) => {
          e.preventDefault();
          const typed = /** @type {HTMLInputElement} */ (input).value.trim();
          if (typed === '') {
            error.textContent = regional
              ? `Type the number that reaches an ambulance where you are, or choose "Yes, use ${regional.number}".`
              : 'Type the number that reaches an ambulance where you are.';
            input.focus();
            return;
          }
          save(typed);
        },
      },
      regional
        ? h(
            'div',
            { class: 'actions' },
            h(
              'button',
              {
                type: 'button',
                class: 'button button--primary',
                dataset: { action: 'confirm-number' },
                onclick: () => save(regional.number),
              },
              `Yes, use ${regional.number}`,
            ),
          )
        : null,
      h('label', { for: 'number-check' }, regional ? 'Or type the right number' : 'Emergency number'),
      input,
      error,
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            type: 'submit',
            class: regional ? 'button button--secondary' : 'button button--primary',
            dataset: { action: 'save-number-check' },
          },
          'Save this number',
        ),
      ),
    ),
  );
}
