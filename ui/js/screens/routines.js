// @ts-check
// Routines the backend offers from the last triage, and the pain check that
// comes before a session starts.

/** @import { Ladder } from '../ipc/Ladder' */
/** @import { Routine } from '../ipc/Routine' */
/** @import { RoutineOffer } from '../ipc/RoutineOffer' */
/** @import { RungOffer } from '../ipc/RungOffer' */
import { api } from '../api.js';
import { h, show } from '../dom.js';
import { checkedValue, painScale } from '../controls.js';
import { nextStepLink } from '../next-step.js';
import { showError } from './error.js';
import { ownRoutinesSection } from './own-routines.js';
import { showSession } from './session.js';

/**
 * @param {Routine} routine
 * @param {RoutineOffer} offer
 * @param {Ladder} ladder where the person stands: each exercise is listed as the version they are on
 */
function routineCard(routine, offer, ladder) {
  const versionOf = (/** @type {string} */ id) => ladder.standings.find((s) => s.exercise === id)?.rung.name;
  return h(
    'li',
    { class: 'card routine', dataset: { routine: routine.id } },
    h('h2', {}, routine.name),
    h('p', { class: 'small' }, `About ${routine.minutes} minute${routine.minutes === 1 ? '' : 's'}`),
    h('p', {}, routine.purpose),
    h(
      'ul',
      { class: 'plain-list' },
      routine.exercises.map((e) => h('li', {}, h('a', { href: `#exercise/${e.id}` }, versionOf(e.id) ?? e.name))),
    ),
    routine.left_out.length
      ? h(
          'div',
          { class: 'left-out' },
          h('h3', {}, 'Left out for your kind of pain'),
          h(
            'ul',
            { class: 'plain-list' },
            routine.left_out.map((l) => h('li', {}, l.reason)),
          ),
        )
      : null,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'button button--primary',
          dataset: { action: 'choose-routine' },
          onclick: () => showStartCheck(routine, offer),
        },
        `Start ${routine.name}`,
      ),
    ),
  );
}

/// An offer of an exercise's next rung, with why, to take or leave.
/** @param {RungOffer} offer @param {() => void} again */
function rungOfferCard(offer, again) {
  const error = h('p', { class: 'field-error', role: 'alert' });
  /** @param {boolean} accepted */
  const answer = async (accepted) => {
    try {
      await api.decideRung({ exercise: offer.exercise, to: offer.to.rung, accepted });
      again();
    } catch (err) {
      error.textContent = err.message;
    }
  };
  return h(
    'li',
    { class: 'card card--offer', dataset: { offer: offer.exercise } },
    h('h2', {}, offer.why),
    h(
      'p',
      {},
      h('strong', {}, `${offer.to.name}: `),
      `${offer.to.dose_text}. `,
      h('a', { href: `#exercise/${offer.exercise}` }, 'See how it is done'),
    ),
    error,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'button button--primary',
          dataset: { action: 'accept-rung' },
          onclick: () => answer(true),
        },
        `Move up to ${offer.to.name}`,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button button--secondary',
          dataset: { action: 'decline-rung' },
          onclick: () => answer(false),
        },
        `Stay with ${offer.from.name}`,
      ),
    ),
  );
}

/// `chosen` names a routine to start at once (a movement break reminder's);
/// one the plan does not offer now shows the routines and why.
export async function showRoutines(chosen) {
  let offer;
  let ladder;
  try {
    [offer, ladder] = await Promise.all([api.routines(), api.ladder()]);
  } catch (error) {
    showError(error, showRoutines);
    return;
  }
  const own = offer.own.find((o) => o.id === chosen && !o.waits);
  const routine = offer.routines.find((r) => r.id === chosen) ?? (own && { id: own.id, name: own.routine.name });
  if (routine) {
    showStartCheck(routine, offer);
    document.body.dataset.screen = 'routines';
    return;
  }
  show(
    h(
      'section',
      { class: 'routines', 'aria-labelledby': 'routines-title' },
      h('h1', { id: 'routines-title' }, 'Routines'),
      h(
        'p',
        { class: 'lead' },
        'Guided sessions chosen from your last check. Spinewise times each step and asks about your pain after every exercise.',
      ),
      offer.note ? h('p', { class: 'card card--notice', dataset: { note: 'routines' } }, offer.note) : null,
      ladder.offers.length
        ? h(
            'ul',
            { class: 'rung-offers', 'aria-label': 'Ready for more' },
            ladder.offers.map((o) => rungOfferCard(o, () => showRoutines())),
          )
        : null,
      offer.routines.length === 0
        ? h('div', { class: 'actions' }, nextStepLink(offer.instead ?? 'check_back_pain'))
        : h(
            'ul',
            { class: 'routine-list' },
            offer.routines.map((routine) => routineCard(routine, offer, ladder)),
          ),
      ownRoutinesSection(
        offer.own,
        (id) => {
          const own = offer.own.find((o) => o.id === id);
          if (own) showStartCheck({ id, name: own.routine.name }, offer);
        },
        () => showRoutines(),
      ),
    ),
  );
  document.body.dataset.screen = 'routines';
}

/// The pain check before a session: `routine` needs only its id and name,
/// since the backend sends the routine as it runs.
/** @param {{ id: string, name: string }} routine @param {RoutineOffer} offer */
function showStartCheck(routine, offer) {
  const error = h('p', { id: 'start-error', class: 'field-error', role: 'alert' });
  const form = h(
    'form',
    {
      class: 'card',
      novalidate: true,
      onsubmit: async (event) => {
        event.preventDefault();
        const pain = checkedValue(form, 'start-pain');
        if (typeof pain !== 'number') {
          error.textContent = 'Choose a number from 0 to 10 to start.';
          return;
        }
        try {
          const started = await api.startSession(routine.id, pain);
          showSession(started.routine, started);
        } catch (err) {
          error.textContent = err.message;
          form.querySelector('input[name="start-pain"]:checked')?.focus();
        }
      },
    },
    h(
      'fieldset',
      { 'aria-describedby': 'start-help start-error' },
      h('legend', {}, 'How strong is your back pain right now?'),
      h('p', { id: 'start-help', class: 'help' }, offer.start_pain_help),
      painScale('start-pain', { prefix: 'start-pain' }),
    ),
    error,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'button button--secondary', onclick: showRoutines }, 'Back'),
      h('button', { type: 'submit', class: 'button button--primary', dataset: { action: 'start-session' } }, 'Start'),
    ),
  );
  show(h('section', { 'aria-labelledby': 'start-title' }, h('h1', { id: 'start-title' }, routine.name), form));
}
