// @ts-check
/** @import { RungView } from '../ipc/RungView' */
import { api } from '../api.js';
import { h, show } from '../dom.js';
import { figureOf } from '../figure.js';
import { showError } from './error.js';

const list = (items, ordered = false) =>
  h(
    ordered ? 'ol' : 'ul',
    { class: 'plain-list' },
    items.map((i) => h('li', {}, i)),
  );

/// A version of the exercise that moves differently from the one the page
/// leads with: its key poses, still, and its steps to open.
/** @param {RungView} r */
function movementOf(r) {
  return h(
    'div',
    { class: 'rung-movement' },
    h('img', {
      class: 'illustration illustration--small',
      src: `illustrations/${r.figure.still}`,
      alt: `Drawing of ${r.name}: ${r.figure.captions.join('. Then: ')}.`,
    }),
    h(
      'details',
      {},
      h('summary', {}, 'How to do it', h('span', { class: 'visually-hidden' }, `: ${r.name}`)),
      list(r.steps, true),
    ),
  );
}

export async function showExercise(id) {
  let view;
  try {
    view = await api.exercise(id ?? '');
  } catch (error) {
    showError(error);
    return;
  }
  const e = view.exercise;
  // The page leads with the person's version when it is a movement of its
  // own (a wall plank for the modified plank): its drawing, steps and cues.
  const mine = view.ladder.find((r) => r.rung === view.rung);
  const shown = mine?.own_movement ? mine : null;
  const drawn = shown?.figure ?? view.figure;
  show(
    h(
      'article',
      { class: 'exercise-detail', dataset: { exercise: e.id }, 'aria-labelledby': 'exercise-title' },
      h('p', { class: 'section-label' }, view.category),
      h('h1', { id: 'exercise-title' }, e.name),
      shown
        ? h(
            'p',
            { class: 'your-version', id: 'your-version' },
            h('strong', {}, `Your version: ${shown.name}`),
            ` (the ${shown.rung} one). The drawing and steps below are for it.`,
          )
        : null,
      h('p', { class: 'lead' }, e.purpose),
      figureOf(drawn, shown?.name ?? e.name),
      h('section', { class: 'card' }, h('h2', {}, 'How to do it'), list(shown?.steps ?? e.steps, true)),
      h('section', { class: 'card' }, h('h2', {}, 'What matters'), list(shown?.cues ?? e.cues)),
      h(
        'section',
        { class: 'card', dataset: { ladder: '' } },
        h('h2', {}, 'How much'),
        // The dose of the version the person is on.
        h('p', { class: 'dose' }, view.ladder.find((r) => r.rung === view.rung)?.dose_text ?? view.dose),
        h(
          'p',
          { class: 'small' },
          'Three versions, easiest first. Your sessions run the one marked; two easy sessions that settle by the next morning offer the next, and pain that lingers steps back.',
        ),
        h(
          'ol',
          { class: 'ladder' },
          view.ladder.map((r) =>
            h(
              'li',
              { class: r.rung === view.rung ? 'rung rung--current' : 'rung', dataset: { rung: r.rung } },
              h('strong', {}, r.name),
              r.rung === view.rung ? h('span', { class: 'badge' }, 'Your version') : null,
              h('p', { class: 'small' }, r.dose_text),
              r.how ? h('p', {}, r.how) : null,
              // A version that moves differently from the drawing above shows how, as its own
              // key poses and steps (the standard one too, when the page leads with another).
              (r.own_movement || r.rung === 'standard') && r.figure.still !== drawn.still ? movementOf(r) : null,
            ),
          ),
        ),
        // What a session does at 3 to 5, in the backend's words; a gentler
        // exercise it would switch to is a link.
        h(
          'p',
          { dataset: { ifItHurts: '' } },
          view.gentler_when,
          view.gentler ? [h('a', { href: `#exercise/${view.gentler.id}` }, view.gentler.name), '.'] : null,
        ),
      ),
      view.cautions.length
        ? h(
            'section',
            { class: 'card card--notice', dataset: { cautions: '' } },
            h('h2', {}, 'Cautions'),
            h(
              'ul',
              { class: 'plain-list' },
              view.cautions.map((c) => h('li', {}, h('strong', {}, `${c.pain_kind}: `), c.note)),
            ),
          )
        : null,
      view.replaces.length ? h('p', {}, 'A safer swap for: ', view.replaces.map((r) => r.name).join(', '), '.') : null,
      h(
        'div',
        { class: 'actions' },
        h('a', { class: 'button button--secondary', href: '#library' }, 'Back to the library'),
      ),
    ),
  );
  document.body.dataset.screen = 'exercise';
}
