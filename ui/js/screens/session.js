// @ts-check
// A running session. The clock lives in Rust: this screen only shows the
// snapshots it pushes, sends the person's controls, and asks the check-ins.
// The parts live in session/: the layout, the rendering of a snapshot, the
// check-in panel, the cues (clock text, labels, chime) and the end.

/** @import { Control } from '../ipc/Control' */
/** @import { Exercise } from '../ipc/Exercise' */
/** @import { RungView } from '../ipc/RungView' */
/** @import { Routine } from '../ipc/Routine' */
/** @import { SessionSnapshot } from '../ipc/SessionSnapshot' */
/** @import { SessionStarted } from '../ipc/SessionStarted' */
import { api, listen } from '../api.js';
import { announce, h, show } from '../dom.js';
import { confirmPanel } from '../controls.js';
import { SESSION_ENDED, SESSION_STATE } from '../ipc/events.js';
import { onLeave } from '../router.js';
import { checkInPanel } from './session/check-in.js';
import { beatTone, chime, clock, SOUND_KEY, stepLabel } from './session/cues.js';
import { showEnd } from './session/end.js';
import { sessionElements, sessionLayout } from './session/layout.js';
import {
  movementKey,
  renderClock,
  renderOwnStep,
  renderPace,
  renderState,
  renderStep,
  stepChanged,
} from './session/render.js';

/** @param {Routine} routine @param {SessionStarted} started */
export function showSession(
  routine,
  { snapshot: first, warning_signs: signs, movements: known, notes, cautions, own_exercises: own },
) {
  /** @type {Map<string, Exercise>} */
  const exercises = new Map(routine.exercises.map((e) => [e.id, e]));
  /// How to do each movement, by exercise and rung: a rung may be a
  /// movement of its own, with its own steps and drawing.
  /** @type {Map<string, RungView>} */
  const movements = new Map();
  /** @param {RungView[]} rungs */
  const learn = (rungs) => {
    for (const r of rungs) movements.set(movementKey(r), r);
  };
  learn(known);
  const el = sessionElements();
  /** @param {Control} control */
  const send = (control) =>
    api.controlSession(control).catch((error) => {
      el.message.textContent = error.message;
    });
  /// A check-in the person asked for mid-step holds the clock while they
  /// answer, and lets it run on once answered.
  let pausedForCheckIn = false;
  const checkIn = checkInPanel(signs, async (check_in) => {
    await send({ action: 'check_in', check_in });
    checkIn.hidden = true;
    // Back to the exercise's name, and what the answer changed under it.
    el.title.scrollIntoView({ block: 'start' });
    if (pausedForCheckIn) {
      pausedForCheckIn = false;
      send({ action: 'resume' });
    }
  });
  /** @type {SessionSnapshot | null} */
  let last = null;

  const showCheckIn = () => {
    if (!checkIn.hidden) return;
    if (last?.status.state === 'running') {
      pausedForCheckIn = true;
      send({ action: 'pause' });
    }
    checkIn.reset();
    checkIn.hidden = false;
    // The clock stops at 0:00 above: bring the question into view, not only focus.
    checkIn.scrollIntoView({ block: 'center' });
    /** @type {HTMLElement} */ (checkIn.querySelector('#check-in-title')).focus({ preventScroll: true });
    announce('How is your pain? Answer to carry on.');
  };

  const renderSound = () => {
    const on = localStorage.getItem(SOUND_KEY) !== 'off';
    el.sound.textContent = on ? 'Sound: on' : 'Sound: off';
    el.sound.setAttribute('aria-pressed', String(on));
  };
  el.sound.addEventListener('click', () => {
    localStorage.setItem(SOUND_KEY, localStorage.getItem(SOUND_KEY) === 'off' ? 'on' : 'off');
    renderSound();
  });
  el.pause.addEventListener('click', () => send({ action: last?.status.state === 'paused' ? 'resume' : 'pause' }));
  // The backend decides whether the exercise under way may be left out.
  el.leaveOut.addEventListener('click', () => send({ action: 'leave_out' }));

  /** @param {SessionSnapshot} snapshot */
  const update = (snapshot) => {
    const step = snapshot.step;
    if (stepChanged(last, snapshot)) {
      const exercise = exercises.get(step.exercise);
      const ownExercise = own[step.exercise];
      if (ownExercise) renderOwnStep(el, step, ownExercise);
      else renderStep(el, step, snapshot.step_index, exercise, movements.get(movementKey(step)));
      const note = notes[step.exercise];
      el.note.hidden = !note;
      el.note.textContent = note ? `Note for this exercise: ${note}` : '';
      const caution = cautions[step.exercise];
      el.caution.hidden = !caution;
      el.caution.textContent = caution ?? '';
      el.leaveOut.hidden = !caution;
      if (!ownExercise && (!exercise || !movements.has(movementKey(step)))) {
        // A gentler exercise swapped in from outside the routine, or at a
        // version the routine does not run: fetch it, then draw the step
        // again if it is still the one showing.
        api.exercise(step.exercise).then((view) => {
          exercises.set(view.exercise.id, view.exercise);
          learn(view.ladder);
          if (last?.step.exercise === view.exercise.id) {
            renderStep(el, last.step, last.step_index, view.exercise, movements.get(movementKey(last.step)));
          }
        });
      }
      if (last) chime();
      // What to watch for is said with the step, not only shown.
      announce(`${stepLabel(step)}: ${step.name}, ${clock(step.seconds * 1000)}${caution ? `. ${caution}` : ''}`);
    }
    const sideBefore = last?.pace?.side;
    if (renderPace(el, last, snapshot) && snapshot.pace) {
      beatTone(snapshot.pace.motion);
      // A screen reader hears the side change, not every beat.
      if (snapshot.pace.side && snapshot.pace.side !== sideBefore) announce(snapshot.pace.side);
    }
    renderClock(el, snapshot);
    renderState(el, last, snapshot);
    const state = snapshot.status.state;
    if (state === 'awaiting_check_in') showCheckIn();
    else if (last?.status.state === 'awaiting_check_in') checkIn.hidden = true;
    last = snapshot;
  };

  /// Esc asks first: the session pauses while the question shows, and
  /// carries on if the person cancels. The Stop button stops at once.
  const askToStop = () => {
    if (el.confirmStop.firstChild) return;
    const wasRunning = last?.status.state === 'running';
    if (wasRunning) send({ action: 'pause' });
    const close = () => {
      el.confirmStop.replaceChildren();
      if (wasRunning) send({ action: 'resume' });
      /** @type {HTMLElement} */ (document.querySelector('[data-action="pause"]'))?.focus();
    };
    const panel = confirmPanel({
      title: 'Stop this session?',
      body: h('p', {}, 'Stopping is always safe. Spinewise keeps how far you got.'),
      confirmLabel: 'Stop the session',
      onConfirm: () => {
        el.confirmStop.replaceChildren();
        send({ action: 'stop' });
      },
      onCancel: close,
    });
    el.confirmStop.replaceChildren(panel);
    /** @type {HTMLElement} */ (panel.querySelector('[data-action="confirm"]')).focus();
  };

  /** @param {KeyboardEvent} event */
  const onKey = (event) => {
    const target = /** @type {Element} */ (event.target);
    // A key in the stop question is the question's own (its Esc cancels it).
    if (el.confirmStop.firstChild || target.closest('.confirm')) return;
    if (!checkIn.hidden || target.closest('form') || event.altKey || event.ctrlKey || event.metaKey) return;
    /** @type {Record<string, Control['action']>} */
    const actions = {
      ' ': last?.status.state === 'paused' ? 'resume' : 'pause',
      ArrowRight: 'skip',
      ArrowLeft: 'back',
    };
    const action = actions[event.key];
    if (event.key === 'Escape') {
      event.preventDefault();
      askToStop();
    } else if (event.key === 'c' || event.key === 'C') {
      event.preventDefault();
      showCheckIn();
    } else if (action && action !== 'check_in' && !target.closest('button')) {
      event.preventDefault();
      send({ action });
    }
  };
  document.addEventListener('keydown', onKey);

  let ended = false;
  const subscriptions = [
    listen(SESSION_STATE, update),
    listen(SESSION_ENDED, (summary) => {
      ended = true;
      cleanup();
      showEnd(routine, summary, signs);
    }),
  ];
  let cleaned = false;
  const cleanup = () => {
    if (cleaned) return;
    cleaned = true;
    // Leaving the screen ends the session (and records it), so no session
    // runs on where the person cannot see or stop it.
    if (!ended) send({ action: 'stop' });
    document.removeEventListener('keydown', onKey);
    for (const subscription of subscriptions) subscription.then((unlisten) => unlisten());
    delete document.body.dataset.sessionState;
  };
  onLeave(cleanup);

  show(sessionLayout(routine, el, checkIn, send, showCheckIn));
  document.body.dataset.screen = 'session';
  renderSound();
  update(first);
}
