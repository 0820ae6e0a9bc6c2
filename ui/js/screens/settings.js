import { api } from '../api.js';
import { announce, h, show } from '../dom.js';
import { showError } from './error.js';

export async function showSettings() {
  let settings;
  try {
    settings = await api.settings();
  } catch (error) {
    showError(error, showSettings);
    return;
  }
  const error = h('p', { id: 'number-error', class: 'field-error', role: 'alert' });
  const input = h('input', {
    id: 'emergency-number', name: 'emergency-number', type: 'text', inputmode: 'tel', autocomplete: 'off',
    value: settings.emergency_number_is_default ? '' : settings.emergency_number,
    placeholder: settings.default_emergency_number, 'aria-describedby': 'number-help number-error',
  });
  const save = async (value) => {
    try {
      const updated = await api.updateSettings(value);
      announce(`Saved. The emergency number is now ${updated.emergency_number}.`);
      await showSettings();
    } catch (err) {
      error.textContent = err.message;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  };
  show(h('section', { class: 'settings', 'aria-labelledby': 'settings-title' },
    h('h1', { id: 'settings-title' }, 'Settings'),
    h('form', { class: 'card', novalidate: true, onsubmit: (e) => { e.preventDefault(); save(input.value); } },
      h('h2', {}, 'Emergency number'),
      h('label', { for: 'emergency-number' }, 'Number to call in an emergency'),
      h('p', { id: 'number-help', class: 'help' },
        `Spinewise shows this number whenever your answers need emergency care. Currently: ${settings.emergency_number}`,
        settings.emergency_number_is_default ? ' (the usual number for your region).' : '.',
        ` Leave it empty to use ${settings.default_emergency_number}.`),
      input,
      error,
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'button button--primary', dataset: { action: 'save-number' } }, 'Save'),
        settings.emergency_number_is_default ? null
          : h('button', { type: 'button', class: 'button button--secondary', onclick: () => save(''), dataset: { action: 'reset-number' } }, 'Use the regional default'))),
    h('section', { class: 'card', 'aria-labelledby': 'data-title' },
      h('h2', { id: 'data-title' }, 'Your data'),
      h('p', {}, 'Your answers and results are stored only on this computer, in this folder:'),
      h('p', {}, h('code', { class: 'path', dataset: { dataDir: '' } }, settings.data_dir)))));
  document.body.dataset.screen = 'settings';
}
