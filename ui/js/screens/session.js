// @ts-check
// A running session. The clock lives in Rust: this screen only shows the
// snapshots it pushes, sends the person's controls, and asks the check-ins.

import { SESSION_ENDED, SESSION_STATE } from '../ipc/events.js';
import { api, listen } from '../api.js';
import { announce, h, show } from '../dom.js';
import { checkedValue, painScale, yesNo } from '../controls.js';
import { onLeave } from '../router.js';
import { showResult } from './result.js';

const SOUND_KEY = 'spinewise.sound';
const KIND_LABEL = { get_ready: 'Get ready', work: 'Exercise', rest: 'Rest' };

function clock(ms) {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

let audio = null;
function chime() {
  if (localStorage.getItem(SOUND_KEY) === 'off') return;
  try {
    audio ??= new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 660;
    gain.gain.setValueAtTime(0.12, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.3);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.3);
  } catch {
    // No audio device: the visual and spoken cues still mark the change.
  }
}

function stepLabel(step) {
  if (step.kind === 'work') return step.sets > 1 ? `Set ${step.set} of ${step.sets}` : 'Exercise';
  return KIND_LABEL[step.kind];
}

// `signs` are the backend's words for the signs a check-in asks about.
function checkInPanel(signs, onSubmit) {
  const error = h('p', { id: 'check-in-error', class: 'field-error', role: 'alert' });
  const form = h(
    'form',
    {
      class: 'card check-in',
      hidden: true,
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        const pain = checkedValue(form, 'check-in-pain');
        const spreading = checkedValue(form, 'check-in-spreading');
        if (typeof pain !== 'number' || typeof spreading !== 'boolean') {
          error.textContent = 'Answer both questions to carry on.';
          return;
        }
        const warning_signs = Object.fromEntries(
          signs.map(({ id }) => [id, form.querySelector(`#sign-${id}`).checked]),
        );
        onSubmit({ pain, spreading_down_leg: spreading, warning_signs });
      },
    },
    h('h2', { id: 'check-in-title', tabindex: '-1' }, 'How is your pain?'),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Your back pain right now, from 0 to 10'),
      painScale('check-in-pain', { prefix: 'check-in-pain' }),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Are symptoms spreading down your leg?'),
      yesNo('check-in-spreading', { prefix: 'check-in-spreading' }),
    ),
    h(
      'fieldset',
      { class: 'warning-signs' },
      h('legend', {}, 'Tick any of these that are new'),
      signs.map(({ id, label }) =>
        h(
          'div',
          { class: 'checkbox' },
          h('input', { type: 'checkbox', id: `sign-${id}` }),
          h('label', { for: `sign-${id}` }, label),
        ),
      ),
    ),
    error,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'submit', class: 'button button--primary', dataset: { action: 'submit-check-in' } },
        'Carry on',
      ),
    ),
  );
  return form;
}

export function showSession(routine, { snapshot: first, warning_signs: signs }) {
  const exercises = new Map(routine.exercises.map((e) => [e.id, e]));
  const el = {
    title: h('h1', { id: 'session-title' }),
    kind: h('p', { class: 'step-kind' }),
    illustration: h('img', { class: 'illustration', alt: '' }),
    cues: h('ul', { class: 'plain-list cues' }),
    countdown: h('p', { class: 'countdown', role: 'timer', 'aria-label': 'Time left in this step' }),
    stepBar: h('progress', { 'aria-label': 'This step' }),
    sessionBar: h('progress', { 'aria-label': 'Whole session' }),
    next: h('p', { class: 'next small' }),
    message: h('p', { class: 'session-message', role: 'status' }),
    pause: h('button', { type: 'button', class: 'button button--primary', dataset: { action: 'pause' } }, 'Pause'),
    sound: h('button', { type: 'button', class: 'button button--secondary', dataset: { action: 'sound' } }),
  };
  const send = (control) =>
    api.controlSession(control).catch((error) => {
      el.message.textContent = error.message;
    });
  const checkIn = checkInPanel(signs, (check_in) => send({ action: 'check_in', check_in }));
  let last = null;

  const showCheckIn = () => {
    if (!checkIn.hidden) return;
    checkIn.reset();
    checkIn.hidden = false;
    checkIn.querySelector('#check-in-title').focus();
    announce('How is your pain? Answer to carry on.');
  };

  const renderSound = () => {
    const on = localStorage.getItem(SOUND_KEY) !== 'off';
    el.sound.textContent = on ? 'Sound on' : 'Sound off';
    el.sound.setAttribute('aria-pressed', String(on));
  };
  el.sound.addEventListener('click', () => {
    localStorage.setItem(SOUND_KEY, localStorage.getItem(SOUND_KEY) === 'off' ? 'on' : 'off');
    renderSound();
  });
  el.pause.addEventListener('click', () => send({ action: last?.status.state === 'paused' ? 'resume' : 'pause' }));

  const update = (snapshot) => {
    const step = snapshot.step;
    const exercise = exercises.get(step.exercise);
    const stepChanged = !last || last.step_index !== snapshot.step_index || last.step.exercise !== step.exercise;
    if (stepChanged) {
      el.title.textContent = step.name;
      el.kind.textContent = stepLabel(step);
      if (exercise) {
        el.illustration.src = `illustrations/${exercise.illustration}`;
        el.illustration.alt = `Drawing: ${exercise.name}`;
        el.cues.replaceChildren(...exercise.cues.map((c) => h('li', {}, c)));
      } else {
        // A gentler exercise swapped in from outside the routine.
        api.exercise(step.exercise).then((view) => {
          exercises.set(view.exercise.id, view.exercise);
          if (last?.step.exercise === view.exercise.id) {
            last = null;
            update(snapshot);
          }
        });
      }
      if (last) chime();
      announce(`${stepLabel(step)}: ${step.name}, ${clock(step.seconds * 1000)}`);
    }
    el.countdown.textContent = clock(snapshot.step_remaining_ms);
    el.stepBar.max = step.seconds * 1000;
    el.stepBar.value = snapshot.step_elapsed_ms;
    el.sessionBar.max = snapshot.session_total_ms;
    el.sessionBar.value = snapshot.session_elapsed_ms;
    el.next.textContent = snapshot.next ? `Next: ${stepLabel(snapshot.next)}, ${snapshot.next.name}` : 'Last step';
    if (snapshot.message && snapshot.message !== last?.message) {
      el.message.textContent = snapshot.message;
    }
    const state = snapshot.status.state;
    el.pause.textContent = state === 'paused' ? 'Resume' : 'Pause';
    document.body.dataset.sessionState = state;
    if (state === 'awaiting_check_in') showCheckIn();
    else if (last?.status.state === 'awaiting_check_in') checkIn.hidden = true;
    last = snapshot;
  };

  const onKey = (event) => {
    if (!checkIn.hidden || event.target.closest('form') || event.altKey || event.ctrlKey || event.metaKey) return;
    const actions = {
      ' ': last?.status.state === 'paused' ? 'resume' : 'pause',
      ArrowRight: 'skip',
      ArrowLeft: 'back',
      Escape: 'stop',
    };
    if (event.key === 'c' || event.key === 'C') {
      event.preventDefault();
      showCheckIn();
    } else if (actions[event.key] && !event.target.closest('button')) {
      event.preventDefault();
      send({ action: actions[event.key] });
    }
  };
  document.addEventListener('keydown', onKey);

  let ended = false;
  const subscriptions = [
    listen(SESSION_STATE, update),
    listen(SESSION_ENDED, (summary) => {
      ended = true;
      cleanup();
      showEnd(routine, summary);
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

  show(
    h(
      'section',
      { class: 'session', 'aria-labelledby': 'session-title' },
      h('p', { class: 'section-label' }, routine.name),
      el.title,
      el.kind,
      h(
        'div',
        { class: 'session-grid' },
        h('div', {}, el.illustration, el.cues),
        h(
          'div',
          { class: 'session-clock' },
          el.countdown,
          h('div', { class: 'bar' }, h('span', { class: 'small' }, 'This step'), el.stepBar),
          h('div', { class: 'bar' }, h('span', { class: 'small' }, 'Session'), el.sessionBar),
          el.next,
        ),
      ),
      el.message,
      checkIn,
      h(
        'div',
        { class: 'actions session-controls' },
        el.pause,
        h(
          'button',
          {
            type: 'button',
            class: 'button button--secondary',
            dataset: { action: 'back' },
            onclick: () => send({ action: 'back' }),
          },
          'Back',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'button button--secondary',
            dataset: { action: 'skip' },
            onclick: () => send({ action: 'skip' }),
          },
          'Skip',
        ),
        h(
          'button',
          { type: 'button', class: 'button button--secondary', dataset: { action: 'check-in' }, onclick: showCheckIn },
          'Check in',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'button button--danger',
            dataset: { action: 'stop' },
            onclick: () => send({ action: 'stop' }),
          },
          'Stop',
        ),
        el.sound,
      ),
      h(
        'p',
        { class: 'small shortcuts' },
        'Keys: Space pauses or resumes, arrows skip or go back, C checks in, Esc stops.',
      ),
    ),
  );
  document.body.dataset.screen = 'session';
  renderSound();
  update(first);
}

function showEnd(routine, ended) {
  if (ended.triage_result) {
    showResult(ended.triage_result, { justFinished: true });
    return;
  }
  const record = ended.record;
  const after = h('div', { class: 'after-session' });
  show(
    h(
      'section',
      { class: 'session-end', dataset: { ended: record.ended }, 'aria-labelledby': 'end-title' },
      h('p', { class: 'section-label' }, routine.name),
      h('h1', { id: 'end-title' }, ended.title),
      after,
      h('p', {}, `You completed ${record.work_steps_completed} of ${record.work_steps_total} sets.`),
      record.check_ins.length
        ? h('p', {}, 'Your pain at the check-ins: ', record.check_ins.map((c) => `${c.pain}/10`).join(', '), '.')
        : null,
      ended.save_error ? h('p', { class: 'card card--error', role: 'alert' }, ended.save_error) : null,
      h(
        'div',
        { class: 'actions' },
        h(
          'a',
          { class: 'button button--primary', href: '#routines', dataset: { action: 'routines' } },
          'Back to routines',
        ),
        h('a', { class: 'button button--secondary', href: '#home' }, 'Home'),
      ),
    ),
  );
  showAfter(after, ended.after);
  document.body.dataset.screen = 'session-end';
  announce(ended.title);
}

/// What the end of the session asks: the backend's message, its aftercare,
/// a new check for a nerve sign, or how the pain is after stopping.
function showAfter(container, after) {
  const parts = [h('p', { class: 'lead', dataset: { after: 'message' } }, after.message)];
  if (after.ask_pain) parts.push(endCheckForm(container));
  if (after.check_again) {
    parts.push(
      h(
        'div',
        { class: 'actions' },
        h(
          'a',
          { class: 'button button--primary', href: '#triage', dataset: { action: 'check-again' } },
          'Check my back pain now',
        ),
      ),
    );
  }
  if (after.aftercare.length) {
    parts.push(
      h(
        'section',
        { class: 'card' },
        h('h2', {}, 'What to do now'),
        h(
          'ol',
          { class: 'plain-list aftercare' },
          after.aftercare.map((s) => h('li', {}, s)),
        ),
      ),
    );
  }
  container.replaceChildren(...parts);
}

function endCheckForm(container) {
  const error = h('p', { id: 'end-check-error', class: 'field-error', role: 'alert' });
  const form = h(
    'form',
    {
      class: 'card end-check',
      novalidate: true,
      onsubmit: async (event) => {
        event.preventDefault();
        const pain = checkedValue(form, 'end-pain');
        const spreading = checkedValue(form, 'end-spreading');
        if (typeof pain !== 'number' || typeof spreading !== 'boolean') {
          error.textContent = 'Answer both questions.';
          return;
        }
        try {
          const after = await api.endCheck({ pain, spreading_down_leg: spreading });
          showAfter(container, after);
          container.querySelector('[data-after="message"]')?.focus?.();
          announce(after.message);
        } catch (err) {
          error.textContent = err.message;
        }
      },
    },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Your back pain right now, from 0 to 10'),
      painScale('end-pain', { prefix: 'end-pain' }),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Are symptoms spreading down your leg?'),
      yesNo('end-spreading', { prefix: 'end-spreading' }),
    ),
    error,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'submit', class: 'button button--primary', dataset: { action: 'end-check' } },
        'Tell Spinewise',
      ),
    ),
  );
  return form;
}
