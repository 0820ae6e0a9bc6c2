// @ts-check
// An exercise's drawing: the figure moving through its key poses, and the
// same poses side by side and still, shown instead when the person prefers
// reduced motion (and while a session is paused). Both are drawn by the core
// (core/src/exercise/figure.rs); the captions say what each pose shows.

/** @import { FigureView } from './ipc/FigureView' */
import { h } from './dom.js';

/**
 * @param {FigureView} figure
 * @param {string} name the exercise's name
 * @param {{ captions?: boolean }} [options] show the captions as a list too
 */
export function figureOf(figure, name, { captions = true } = {}) {
  const alt = `Drawing of ${name}: ${figure.captions.join('. Then: ')}.`;
  return h(
    'figure',
    { class: 'figure' },
    h('img', { class: 'illustration figure-moving', src: `illustrations/${figure.moving}`, alt }),
    h('img', { class: 'illustration figure-still', src: `illustrations/${figure.still}`, alt }),
    captions
      ? h(
          'figcaption',
          { class: 'small' },
          h(
            'ol',
            { class: 'pose-captions' },
            figure.captions.map((c) => h('li', {}, c)),
          ),
        )
      : null,
  );
}

/// Starts the moving figure from its first pose again: each exercise step
/// begins its movement in time with the session's clock.
/** @param {HTMLElement} figure @param {number} step */
export function restartFigure(figure, step) {
  const moving = /** @type {HTMLImageElement | null} */ (figure.querySelector('.figure-moving'));
  if (!moving) return;
  const base = moving.src.split('?')[0];
  moving.src = `${base}?step=${step}`;
}
