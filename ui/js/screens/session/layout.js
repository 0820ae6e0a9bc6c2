// @ts-check
// The running session's screen: its elements, made once, and their layout.
// render.js fills them from each snapshot.

/** @import { Routine } from '../../ipc/Routine' */
/** @import { Control } from '../../ipc/Control' */
import { h } from '../../dom.js';

/// The parts of the screen a snapshot changes.
export function sessionElements() {
  return {
    title: h('h1', { id: 'session-title' }),
    /// Which version of the exercise this is, when it moves differently.
    version: h('p', { class: 'step-version small', hidden: true }),
    kind: h('p', { class: 'step-kind' }),
    /// A physiotherapist's note for the exercise, in a routine of one's own.
    note: h('p', { class: 'own-note session-note', hidden: true }),
    /// Why an exercise kept as prescribed is cautioned for this kind of pain
    /// (or that it hurt in an earlier session of the routine), with the
    /// person's way to leave it out today.
    caution: h('p', { class: 'own-caution session-caution', hidden: true }),
    leaveOut: h(
      'button',
      { type: 'button', class: 'button button--secondary', dataset: { action: 'leave-out' }, hidden: true },
      'Leave it out',
    ),
    figure: h('div', { class: 'session-figure' }),
    /// The exercise's steps: open while getting ready, a click away during it.
    how: /** @type {HTMLDetailsElement} */ (h('details', { class: 'how-to' })),
    cues: h('ul', { class: 'plain-list cues' }),
    /// The beat of the repetition ("Lift the hips"), its count and side, large.
    pace: h('div', { class: 'pace', hidden: true }),
    countdown: h('p', { class: 'countdown', role: 'timer', 'aria-label': 'Time left in this step' }),
    stepBar: /** @type {HTMLProgressElement} */ (h('progress', { 'aria-label': 'This step' })),
    sessionBar: /** @type {HTMLProgressElement} */ (h('progress', { 'aria-label': 'Whole session' })),
    next: h('p', { class: 'next small' }),
    message: h('p', { class: 'session-message', role: 'status' }),
    /// Where Esc asks whether to stop: a key pressed by mistake does not end the session.
    confirmStop: h('div', {}),
    paused: h('p', { class: 'paused-note', hidden: true }, 'Paused. Press Resume, or Space, to carry on.'),
    pause: h('button', { type: 'button', class: 'button button--primary', dataset: { action: 'pause' } }, 'Pause'),
    sound: h('button', { type: 'button', class: 'button button--secondary', dataset: { action: 'sound' } }),
  };
}

/** @typedef {ReturnType<typeof sessionElements>} SessionElements */

/**
 * The whole screen around the elements, with its control buttons.
 * @param {Routine} routine
 * @param {SessionElements} el
 * @param {HTMLElement} checkIn
 * @param {(control: Control) => void} send
 * @param {() => void} showCheckIn
 */
export function sessionLayout(routine, el, checkIn, send, showCheckIn) {
  /** @param {'back' | 'skip' | 'stop'} action @param {string} label @param {string} look */
  const control = (action, label, look) =>
    h(
      'button',
      { type: 'button', class: `button ${look}`, dataset: { action }, onclick: () => send({ action }) },
      label,
    );
  return h(
    'section',
    { class: 'session', 'aria-labelledby': 'session-title' },
    h('p', { class: 'section-label' }, routine.name),
    el.title,
    el.version,
    el.kind,
    // What a check-in changed, under the exercise's name where it is seen.
    el.message,
    el.caution,
    el.leaveOut,
    el.note,
    h(
      'div',
      { class: 'session-grid' },
      h('div', {}, el.figure, el.cues, el.how),
      h(
        'div',
        { class: 'session-clock' },
        el.paused,
        el.pace,
        el.countdown,
        h('div', { class: 'bar' }, h('span', { class: 'small' }, 'This step'), el.stepBar),
        h('div', { class: 'bar' }, h('span', { class: 'small' }, 'Session'), el.sessionBar),
        el.next,
        // Beside the clock, so Pause and Stop are in reach without scrolling.
        h(
          'div',
          { class: 'actions session-controls' },
          el.pause,
          control('back', 'Back', 'button--secondary'),
          control('skip', 'Skip', 'button--secondary'),
          h(
            'button',
            {
              type: 'button',
              class: 'button button--secondary',
              dataset: { action: 'check-in' },
              onclick: showCheckIn,
            },
            'Check in',
          ),
          control('stop', 'Stop', 'button--danger'),
          el.sound,
        ),
      ),
    ),
    el.confirmStop,
    checkIn,
    h(
      'p',
      { class: 'small shortcuts' },
      'Keys: Space pauses or resumes, arrows skip or go back, C checks in, Esc asks to stop (Enter stops).',
    ),
  );
}
