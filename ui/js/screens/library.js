// @ts-check
// The exercise library: search and filters go to the backend, which returns
// the matching exercises; this screen lists them.

import { api } from '../api.js';
import { announce, h, show } from '../dom.js';
import { showError } from './error.js';

function select(id, label, options, anyLabel) {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h(
      'select',
      { id, name: id },
      h('option', { value: '' }, anyLabel),
      options.map((o) => h('option', { value: o.id }, o.label)),
    ),
  );
}

function exerciseCard(e) {
  return h(
    'li',
    { class: 'exercise-card', dataset: { exercise: e.id } },
    h('img', { class: 'illustration illustration--small', src: `illustrations/${e.id}-poses.svg`, alt: '' }),
    h(
      'div',
      {},
      h('h3', {}, h('a', { href: `#exercise/${e.id}`, dataset: { action: 'open-exercise' } }, e.name)),
      h('p', { class: 'small' }, e.purpose),
    ),
  );
}

function rethinkSection(rethink) {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'rethink-title' },
    h('h2', { id: 'rethink-title' }, 'Exercises to rethink while your back hurts'),
    rethink.map((r) =>
      h(
        'details',
        { class: 'rethink', dataset: { rethink: r.id } },
        h('summary', {}, r.name),
        h('p', {}, r.why),
        h('h3', {}, 'Do instead'),
        h(
          'ul',
          { class: 'plain-list' },
          r.swap_links.map((s) => h('li', {}, h('a', { href: `#exercise/${s.id}` }, s.name))),
        ),
        h('h3', {}, 'Bring it back when'),
        h(
          'ul',
          { class: 'plain-list' },
          r.bring_back_when.map((c) => h('li', {}, c)),
        ),
      ),
    ),
  );
}

export async function showLibrary() {
  let view;
  try {
    view = await api.library({});
  } catch (error) {
    showError(error, showLibrary);
    return;
  }
  const results = h('ul', { class: 'exercise-list', 'aria-live': 'polite', 'aria-labelledby': 'results-title' });
  const count = h('p', { id: 'results-title', class: 'small' });
  const search = h('input', { id: 'library-search', type: 'search', name: 'query', autocomplete: 'off' });
  const form = h(
    'form',
    { class: 'card filters', role: 'search', onsubmit: (e) => e.preventDefault() },
    h('div', { class: 'field field--wide' }, h('label', { for: 'library-search' }, 'Search exercises'), search),
    select('library-category', 'Kind of exercise', view.categories, 'All kinds'),
    select('library-pain', 'Suitable for', view.pain_kinds, 'Any back pain'),
    select('library-equipment', 'Equipment', view.equipment, 'Any'),
  );

  const render = (exercises) => {
    results.replaceChildren(...exercises.map(exerciseCard));
    count.textContent = exercises.length === 1 ? '1 exercise' : `${exercises.length} exercises`;
  };
  let pending = 0;
  const refresh = async () => {
    const ticket = ++pending;
    const value = (id) => form.querySelector(`#${id}`).value || null;
    try {
      const found = await api.library({
        query: search.value,
        category: value('library-category'),
        suitable_for: value('library-pain'),
        equipment: value('library-equipment'),
      });
      if (ticket === pending) {
        render(found.exercises);
        announce(count.textContent);
      }
    } catch (error) {
      count.textContent = error.message;
    }
  };
  form.addEventListener('input', refresh);
  render(view.exercises);

  show(
    h(
      'section',
      { class: 'library', 'aria-labelledby': 'library-title' },
      h('h1', { id: 'library-title' }, 'Exercises'),
      h('p', { class: 'lead' }, 'Back-friendly exercises, and the ones to set aside while your back is sore.'),
      form,
      count,
      results,
      rethinkSection(view.rethink),
    ),
  );
  document.body.dataset.screen = 'library';
}
