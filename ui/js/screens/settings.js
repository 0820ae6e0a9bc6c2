// @ts-check
import { api } from '../api.js';
import { announce, h, show } from '../dom.js';
import { confirmPanel } from '../controls.js';
import { showError } from './error.js';
import { remindersSection } from './reminders.js';

function describeSummary(s) {
  const parts = [
    `${s.triages} check${s.triages === 1 ? '' : 's'} of your back pain`,
    `${s.sessions} session${s.sessions === 1 ? '' : 's'}`,
    `${s.daily_check_ins} daily and ${s.weekly_check_ins} weekly check-in${s.weekly_check_ins === 1 ? '' : 's'}`,
  ];
  return `It holds ${parts.join(', ')}${s.last_check_in ? `, the latest on ${s.last_check_in}` : ''}.`;
}

/// Export, import (checked, then confirmed) and reset (confirmed).
function dataActions() {
  const status = h('p', { id: 'data-status', role: 'status' });
  const slot = h('div', {});
  const closeConfirm = (focus) => {
    slot.replaceChildren();
    focus?.focus();
  };
  // Opened by the Import button, but named too for screen readers that list form fields.
  const fileInput = h('input', {
    type: 'file',
    id: 'import-file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    tabindex: '-1',
    'aria-label': 'Plan file to import',
  });
  const importButton = h(
    'button',
    {
      type: 'button',
      class: 'button button--secondary',
      dataset: { action: 'import-plan' },
      onclick: () => fileInput.click(),
    },
    'Import a plan…',
  );
  const resetButton = h(
    'button',
    { type: 'button', class: 'button button--danger', dataset: { action: 'reset-plan' } },
    'Start a new plan…',
  );

  const exportPlan = async () => {
    try {
      const saved = await api.exportPlan();
      status.textContent = `Your plan has been saved as ${saved.path}.`;
    } catch (err) {
      status.textContent = err.message;
    }
  };
  const period = /** @type {HTMLSelectElement} */ (
    h(
      'select',
      { id: 'summary-period' },
      h('option', { value: '30' }, 'the last 30 days'),
      h('option', { value: '90', selected: true }, 'the last 90 days'),
      h('option', { value: 'all' }, 'everything recorded'),
    )
  );
  const saveSummary = async () => {
    try {
      const saved = await api.saveSummary(period.value);
      status.textContent = `Your summary has been saved as ${saved.path}. Open it in a browser to print it or send it.`;
    } catch (err) {
      status.textContent = err.message;
    }
  };
  const saveCsv = async () => {
    try {
      const saved = await api.saveHistoryCsv();
      status.textContent = `Your history has been saved as ${saved.paths.join(', ')}.`;
    } catch (err) {
      status.textContent = err.message;
    }
  };
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    let contents;
    try {
      contents = await file.text();
    } catch {
      status.textContent = 'That file could not be read. Your plan has not been changed.';
      return;
    }
    try {
      const summary = await api.checkImport(contents);
      const panel = confirmPanel({
        title: `Replace your plan with ${file.name}?`,
        body: [
          h('p', {}, describeSummary(summary)),
          h('p', {}, 'Your current plan is kept as a copy in your data folder before it is replaced.'),
        ],
        confirmLabel: 'Replace my plan',
        onCancel: () => {
          status.textContent = 'Nothing was imported.';
          closeConfirm(importButton);
        },
        onConfirm: async () => {
          try {
            const done = await api.importPlan(contents);
            closeConfirm(importButton);
            status.textContent = `Imported. Your previous plan is kept as ${done.previous_kept_at}.`;
          } catch (err) {
            closeConfirm(importButton);
            status.textContent = err.message;
          }
        },
      });
      slot.replaceChildren(panel);
      panel.focus();
    } catch (err) {
      status.textContent = err.message;
    }
  });
  resetButton.addEventListener('click', () => {
    const panel = confirmPanel({
      title: 'Start a new, empty plan?',
      body: h(
        'p',
        {},
        'Your checks, sessions and check-ins are cleared from the app. Your emergency number is kept, and the current plan is saved as a copy in your data folder first.',
      ),
      confirmLabel: 'Yes, start a new plan',
      onCancel: () => closeConfirm(resetButton),
      onConfirm: async () => {
        try {
          const done = await api.resetPlan();
          closeConfirm(resetButton);
          status.textContent = `Your plan is new and empty. The previous one is kept as ${done.previous_kept_at}.`;
        } catch (err) {
          closeConfirm(resetButton);
          status.textContent = err.message;
        }
      },
    });
    slot.replaceChildren(panel);
    panel.focus();
  });
  return [
    h(
      'div',
      { class: 'summary-for-clinician card card--offer' },
      h('h3', {}, 'For your physiotherapist or doctor'),
      h(
        'p',
        { class: 'help' },
        'A one- or two-page summary to print or send: your last check, your pain chart, weekly scores, sessions and what moved your plan. Or your history as spreadsheets, for their own charts.',
      ),
      h('label', { for: 'summary-period' }, 'The summary covers'),
      h(
        'div',
        { class: 'actions' },
        period,
        h(
          'button',
          {
            type: 'button',
            class: 'button button--primary',
            dataset: { action: 'save-summary' },
            onclick: saveSummary,
          },
          'Save the summary',
        ),
        h(
          'button',
          { type: 'button', class: 'button button--secondary', dataset: { action: 'save-csv' }, onclick: saveCsv },
          'Save my history as spreadsheets (CSV)',
        ),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'button button--secondary', dataset: { action: 'export-plan' }, onclick: exportPlan },
        'Export my plan',
      ),
      importButton,
      resetButton,
    ),
    fileInput,
    slot,
    status,
  ];
}

/// The data folder in the system's file manager.
function openFolder() {
  const status = h('p', { id: 'folder-status', role: 'status' });
  const open = async () => {
    status.textContent = '';
    try {
      await api.openDataFolder();
      status.textContent = 'The folder is opening in your file manager.';
    } catch (err) {
      status.textContent = err.message;
    }
  };
  return [
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'button button--secondary', dataset: { action: 'open-data-folder' }, onclick: open },
        'Open this folder',
      ),
    ),
    status,
  ];
}

/// `part` may name a section to start at: `settings/reminders`, or
/// `settings/summary` (the menu's summary for a clinician).
export async function showSettings(part) {
  let settings;
  let reminders;
  try {
    settings = await api.settings();
    reminders = await remindersSection();
  } catch (error) {
    showError(error, showSettings);
    return;
  }
  const error = h('p', { id: 'number-error', class: 'field-error', role: 'alert' });
  const number = settings.emergency_number;
  const regional = number.regional;
  const input = h('input', {
    id: 'emergency-number',
    name: 'emergency-number',
    type: 'text',
    inputmode: 'tel',
    autocomplete: 'off',
    value: number.confirmed ? number.number : '',
    placeholder: regional?.number ?? '',
    'aria-describedby': 'number-help number-error',
  });
  const save = async (value) => {
    try {
      const updated = await api.updateSettings(value);
      announce(
        updated.emergency_number.number
          ? `Saved. The emergency number is now ${updated.emergency_number.number}.`
          : 'Saved. Spinewise has no emergency number until you give one.',
      );
      await showSettings();
    } catch (err) {
      error.textContent = err.message;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  };
  show(
    h(
      'section',
      { class: 'settings', 'aria-labelledby': 'settings-title' },
      h('h1', { id: 'settings-title' }, 'Settings'),
      h(
        'form',
        {
          class: 'card',
          novalidate: true,
          onsubmit: (e) => {
            e.preventDefault();
            save(input.value);
          },
        },
        h('h2', {}, 'Emergency number'),
        h('label', { for: 'emergency-number' }, 'Number to call in an emergency'),
        h(
          'p',
          { id: 'number-help', class: 'help' },
          'Spinewise shows this number whenever your answers need emergency care. ',
          number.number ? `Currently: ${number.number}` : 'You have not given one yet.',
          number.number && !number.confirmed && regional
            ? ` (the ambulance number for your region, ${regional.name}; not yet confirmed).`
            : '.',
          regional
            ? ` Leave it empty to use ${regional.number}, the ambulance number for your region (${regional.name}).`
            : '',
        ),
        input,
        error,
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'submit', class: 'button button--primary', dataset: { action: 'save-number' } }, 'Save'),
          number.confirmed && regional
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'button button--secondary',
                  onclick: () => save(''),
                  dataset: { action: 'reset-number' },
                },
                `Use ${regional.number} for ${regional.name}`,
              )
            : null,
        ),
      ),
      reminders,
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'data-title' },
        h('h2', { id: 'data-title' }, 'Your data'),
        h('p', {}, 'Your answers and results are stored only on this computer, in this folder:'),
        h('p', {}, h('code', { class: 'path', dataset: { dataDir: '' } }, settings.data_dir)),
        openFolder(),
        h(
          'p',
          { class: 'help' },
          'Export saves your whole plan as a file in your Documents folder, to keep or move to another computer. Import reads such a file back.',
        ),
        dataActions(),
      ),
    ),
  );
  document.body.dataset.screen = 'settings';
  if (part === 'reminders') {
    const title = /** @type {HTMLElement} */ (document.getElementById('reminders-title'));
    title.setAttribute('tabindex', '-1');
    title.focus();
    title.scrollIntoView({ block: 'start' });
  }
  if (part === 'summary') {
    // From the menu: the period to choose is the first thing to answer.
    const period = /** @type {HTMLElement} */ (document.getElementById('summary-period'));
    period.scrollIntoView({ block: 'center' });
    period.focus();
  }
}
