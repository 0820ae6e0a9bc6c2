// @ts-check
import { h, show } from '../dom.js';
import { navigate } from '../router.js';

/// Shows a backend error in plain words, with a way to try again.
export function showError(error, retry) {
  show(
    h(
      'section',
      { class: 'card card--error', 'aria-labelledby': 'error-title' },
      h('h1', { id: 'error-title' }, 'Something went wrong'),
      h('p', { role: 'alert', dataset: { code: error.code ?? 'error' } }, error.message ?? String(error)),
      h(
        'div',
        { class: 'actions' },
        retry ? h('button', { type: 'button', class: 'button button--primary', onclick: retry }, 'Try again') : null,
        h(
          'button',
          { type: 'button', class: 'button button--secondary', onclick: () => navigate('home') },
          'Back to home',
        ),
      ),
    ),
  );
}
