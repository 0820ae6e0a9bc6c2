// @ts-check
import { api } from '../api.js';
import { h, show } from '../dom.js';
import { showError } from './error.js';

/// The version, what Spinewise is and is not, and the sources behind its rules.
export async function showAbout() {
  let about;
  try {
    about = await api.about();
  } catch (error) {
    showError(error, showAbout);
    return;
  }
  show(
    h(
      'section',
      { class: 'about', 'aria-labelledby': 'about-title' },
      h('h1', { id: 'about-title' }, 'About Spinewise'),
      h(
        'section',
        { class: 'card' },
        h('p', { dataset: { version: about.version } }, `Version ${about.version}`),
        h('p', {}, about.purpose),
        h('p', { class: 'disclaimer', role: 'note' }, about.not_a_diagnosis),
        h('p', {}, about.privacy),
        h('p', { class: 'help' }, about.licence),
      ),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'sources-title' },
        h('h2', { id: 'sources-title' }, 'Where the advice comes from'),
        h(
          'ul',
          { class: 'sources' },
          about.sources.map((s) => h('li', { dataset: { source: s.id } }, s.citation)),
        ),
      ),
    ),
  );
  document.body.dataset.screen = 'about';
}
