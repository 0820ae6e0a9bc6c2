// @ts-check
// The pain check-in a session asks after each exercise (or whenever the
// person presses C): the pain now, spreading leg symptoms and the warning
// signs. The backend judges the answers.

import { checkedValue, painScale, yesNo } from '../../controls.js';
import { h } from '../../dom.js';

// `signs` are the backend's words for the signs a check-in asks about.
export function checkInPanel(signs, onSubmit) {
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
        const leg_numbness = /** @type {HTMLInputElement} */ (form.querySelector('#check-in-numb')).checked;
        onSubmit({ pain, spreading_down_leg: spreading, leg_numbness, warning_signs });
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
      h(
        'div',
        { class: 'checkbox' },
        h('input', { type: 'checkbox', id: 'check-in-numb' }),
        h('label', { for: 'check-in-numb' }, 'Part of a leg or foot is numb, or has pins and needles'),
      ),
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
