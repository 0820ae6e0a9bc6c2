// @ts-check
// Fills the session screen from a snapshot, in three parts that change at
// different rates: the step (a few times a session), the clock (every tick)
// and the state (paused, waiting for a check-in).

/** @import { Exercise } from '../../ipc/Exercise' */
/** @import { OwnExerciseView } from '../../ipc/OwnExerciseView' */
/** @import { RungView } from '../../ipc/RungView' */
/** @import { SessionSnapshot } from '../../ipc/SessionSnapshot' */
/** @import { SessionStep } from '../../ipc/SessionStep' */
/** @import { SessionElements } from './layout.js' */
import { h } from '../../dom.js';
import { figureOf, restartFigure } from '../../figure.js';
import { clock, stepLabel } from './cues.js';

/// Whether the snapshot is on another step than the last one shown, or the
/// same step now runs another movement (a swap mid-step: the plank on the
/// toes eased to the modified plank is the same exercise at another rung).
/** @param {SessionSnapshot | null} last @param {SessionSnapshot} snapshot */
export function stepChanged(last, snapshot) {
  return !last || last.step_index !== snapshot.step_index || movementKey(last.step) !== movementKey(snapshot.step);
}

/// Which movement a step or a rung is: an exercise at a rung.
/** @param {{ exercise: string, rung: string }} of */
export function movementKey(of) {
  return `${of.exercise}/${of.rung}`;
}

/// The step's name, kind, drawing, cues and steps. `exercise` and
/// `movement` are undefined while a gentler exercise swapped in from
/// outside the routine is being fetched. The drawing and the steps are the
/// rung's: a rung that moves differently (a wall plank) shows its own. The
/// figure starts its movement afresh with each exercise step, in time with
/// the clock; getting ready opens the steps.
/**
 * @param {SessionElements} el
 * @param {SessionStep} step
 * @param {number} index the step's place in the session
 * @param {Exercise | undefined} exercise
 * @param {RungView | undefined} movement
 */
export function renderStep(el, step, index, exercise, movement) {
  el.title.textContent = step.name;
  el.kind.textContent = stepLabel(step);
  el.version.hidden = true;
  if (!exercise || !movement) return;
  // "Heel slides" in place of the dead bug: say whose version it is.
  el.version.hidden = !movement.own_movement;
  el.version.textContent = movement.own_movement ? `The ${movement.rung} version of ${exercise.name}` : '';
  const figure = movement.figure;
  if (el.figure.dataset.movement !== movementKey(movement)) {
    el.figure.replaceChildren(figureOf(figure, movement.name, { captions: false }));
    el.figure.dataset.movement = movementKey(movement);
    el.how.replaceChildren(
      h('summary', {}, 'How to do it'),
      h(
        'ol',
        { class: 'plain-list' },
        movement.steps.map((s) => h('li', {}, s)),
      ),
      h(
        'ol',
        { class: 'small pose-captions', 'aria-label': 'What the drawing shows' },
        figure.captions.map((c) => h('li', {}, c)),
      ),
    );
  }
  if (step.kind === 'work') restartFigure(el.figure, index);
  el.how.open = step.kind === 'get_ready';
  el.cues.replaceChildren(...movement.cues.map((c) => h('li', {}, c)));
}

/// An exercise of the person's own: its photo in place of a drawing, and its
/// steps in their words.
/**
 * @param {SessionElements} el
 * @param {SessionStep} step
 * @param {OwnExerciseView} own
 */
export function renderOwnStep(el, step, own) {
  el.title.textContent = step.name;
  el.kind.textContent = stepLabel(step);
  el.version.hidden = true;
  if (el.figure.dataset.movement !== step.exercise) {
    el.figure.replaceChildren(
      own.photo
        ? h('img', { class: 'own-photo', src: own.photo, alt: `Photo of ${own.name}` })
        : h('p', { class: 'small own-no-photo' }, 'No photo: follow the steps below.'),
    );
    el.figure.dataset.movement = step.exercise;
    el.how.replaceChildren(
      h('summary', {}, 'How to do it'),
      h(
        'ol',
        { class: 'plain-list' },
        own.steps.map((s) => h('li', {}, s)),
      ),
    );
  }
  el.how.open = step.kind === 'get_ready';
  el.cues.replaceChildren();
}

/// The beat under way, its repetition and side. Returns whether a new beat
/// began on the same step (the step's own chime marks a new step).
/** @param {SessionElements} el @param {SessionSnapshot | null} last @param {SessionSnapshot} snapshot */
export function renderPace(el, last, snapshot) {
  const pace = snapshot.pace;
  el.pace.hidden = !pace;
  if (!pace) return false;
  const same = last?.pace && !stepChanged(last, snapshot) ? last.pace : null;
  if (same && same.beat === pace.beat && same.cue === pace.cue && same.side === pace.side) return false;
  el.pace.dataset.motion = pace.motion;
  const parts = [h('p', { class: 'pace-cue' }, pace.cue)];
  if (pace.rep !== null && pace.reps !== null)
    parts.push(h('p', { class: 'pace-count' }, `${pace.rep} of ${pace.reps}`));
  if (pace.side) parts.push(h('p', { class: 'pace-side' }, pace.side));
  el.pace.replaceChildren(...parts);
  return !!same;
}

/// What comes after this step, as a person would say it. Getting ready for
/// an exercise, what comes next is that exercise: said as its start.
/** @param {SessionStep} step @param {SessionStep} next */
function nextLabel(step, next) {
  if (step.kind === 'get_ready' && next.exercise === step.exercise) return 'Next: the exercise starts';
  if (next.kind === 'rest') return 'Next: a rest';
  if (next.kind === 'work' && next.sets > 1) return `Next: ${next.name}, set ${next.set} of ${next.sets}`;
  return `Next: ${next.name}`;
}

/** @param {SessionElements} el @param {SessionSnapshot} snapshot */
export function renderClock(el, snapshot) {
  const step = snapshot.step;
  el.countdown.textContent = clock(snapshot.step_remaining_ms);
  el.stepBar.max = step.seconds * 1000;
  el.stepBar.value = snapshot.step_elapsed_ms;
  el.sessionBar.max = snapshot.session_total_ms;
  el.sessionBar.value = snapshot.session_elapsed_ms;
  el.next.textContent = snapshot.next ? nextLabel(step, snapshot.next) : 'Last step';
}

/// The message and the pause button; the page's state, for styles and tests.
/// The backend withdraws a message once a check-in answers it: clear it.
/** @param {SessionElements} el @param {SessionSnapshot | null} last @param {SessionSnapshot} snapshot */
export function renderState(el, last, snapshot) {
  if (snapshot.message !== (last?.message ?? null)) el.message.textContent = snapshot.message ?? '';
  const state = snapshot.status.state;
  el.pause.textContent = state === 'paused' ? 'Resume' : 'Pause';
  el.paused.hidden = state !== 'paused';
  document.body.dataset.sessionState = state;
}
