// @ts-check
// The reminders section of Settings: everything off until the person turns
// it on. The backend checks what is chosen and says what is wrong; this only
// gathers the form into the settings document.

/** @import { RemindersView } from '../ipc/RemindersView' */
/** @import { ReminderSettings } from '../ipc/ReminderSettings' */
/** @import { Weekday } from '../ipc/Weekday' */
import { api } from '../api.js';
import { announce, h } from '../dom.js';
import { showReminder } from '../reminder.js';

const KIND_NAMES = { check_in: 'Daily check-in', routine: 'Routine', break: 'Movement break' };

/** @param {string} id @param {string} label @param {boolean} checked @param {string} [describedBy] */
function checkbox(id, label, checked, describedBy) {
  return h(
    'div',
    { class: 'checkbox' },
    h('input', { type: 'checkbox', id, checked, 'aria-describedby': describedBy ?? null }),
    h('label', { for: id }, label),
  );
}

/** @param {string} id @param {string} label @param {string} value */
function timeField(id, label, value) {
  return h(
    'label',
    { for: id },
    label,
    h('input', { type: 'text', id, value, inputmode: 'numeric', autocomplete: 'off', placeholder: 'HH:MM' }),
  );
}

/** @param {RemindersView} view @param {string} prefix @param {Weekday[]} chosen */
function dayBoxes(view, prefix, chosen) {
  return h(
    'fieldset',
    { class: 'days' },
    h('legend', {}, 'On these days'),
    view.days.map((d) =>
      h(
        'div',
        { class: 'checkbox' },
        h('input', {
          type: 'checkbox',
          id: `${prefix}-${d.id}`,
          checked: chosen.includes(d.id),
          dataset: { day: d.id },
        }),
        h('label', { for: `${prefix}-${d.id}` }, d.name),
      ),
    ),
  );
}

/** @param {HTMLElement} form @param {string} id */
const field = (form, id) => /** @type {HTMLInputElement} */ (form.querySelector(`#${id}`));

/** @param {HTMLElement} form @param {string} prefix @returns {Weekday[]} */
const daysOf = (form, prefix) =>
  [...form.querySelectorAll(`input[id^="${prefix}-"]:checked`)].map(
    (input) => /** @type {Weekday} */ (/** @type {HTMLInputElement} */ (input).dataset.day),
  );

/** @param {HTMLElement} section @param {RemindersView} view */
function render(section, view) {
  const s = view.settings;
  const status = h('p', { id: 'reminders-status', role: 'status' });
  const error = h('p', { id: 'reminders-error', class: 'field-error', role: 'alert', tabindex: '-1' });
  const form = h(
    'form',
    {
      class: 'reminder-settings',
      novalidate: true,
      onsubmit: async (/** @type {Event} */ event) => {
        event.preventDefault();
        error.textContent = '';
        status.textContent = '';
        const on = (/** @type {string} */ id) => field(form, id).checked;
        const text = (/** @type {string} */ id) => field(form, id).value.trim();
        const target = text('weekly-target');
        /** @type {ReminderSettings} */
        const settings = {
          check_in: on('remind-check-in') ? text('check-in-time') : null,
          routines: on('remind-routines') ? { days: daysOf(form, 'routine-day'), at: text('routine-time') } : null,
          breaks: on('remind-breaks')
            ? {
                every_minutes: Number(text('break-every')),
                from: text('break-from'),
                until: text('break-until'),
                days: daysOf(form, 'break-day'),
              }
            : null,
          paused_until: s.paused_until,
          weekly_target: target === '' ? null : Number(target),
          offered: true,
          keep_running: on('keep-running'),
        };
        try {
          const saved = await api.updateReminders(settings, on('start-at-login'));
          render(section, saved);
          const message = saved.next.length
            ? `Saved. Next: ${saved.next.map((n) => `${KIND_NAMES[n.kind].toLowerCase()} ${n.when}`).join('; ')}.`
            : 'Saved. No reminders are on.';
          const fresh = /** @type {HTMLElement} */ (section.querySelector('#reminders-status'));
          fresh.textContent = message;
          announce(message);
          /** @type {HTMLElement} */ (section.querySelector('[data-action="save-reminders"]')).focus();
        } catch (err) {
          // Said where the person is looking: focus goes to the message.
          error.textContent = err.message;
          error.focus();
        }
      },
    },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Daily check-in'),
      checkbox('remind-check-in', 'Remind me to check in every day', s.check_in !== null),
      h('div', { class: 'inline' }, timeField('check-in-time', 'At', s.check_in ?? '08:00')),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Routines'),
      checkbox('remind-routines', 'Remind me of a routine', s.routines !== null),
      h('div', { class: 'inline' }, timeField('routine-time', 'At', s.routines?.at ?? '18:00')),
      dayBoxes(view, 'routine-day', s.routines?.days ?? ['monday', 'wednesday', 'friday']),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Movement breaks while working'),
      h(
        'p',
        { id: 'breaks-help', class: 'help' },
        'A short break from sitting: two minutes of gentle mobility when your plan allows exercise and suits your kind of pain, otherwise a reminder to stand up and walk a few steps.',
      ),
      checkbox('remind-breaks', 'Remind me to take movement breaks', s.breaks !== null, 'breaks-help'),
      h(
        'div',
        { class: 'inline' },
        h(
          'label',
          { for: 'break-every' },
          `Every (minutes, ${view.break_minutes[0]} to ${view.break_minutes[1]})`,
          h('input', {
            type: 'number',
            id: 'break-every',
            min: view.break_minutes[0],
            max: view.break_minutes[1],
            value: String(s.breaks?.every_minutes ?? 30),
          }),
        ),
        timeField('break-from', 'From', s.breaks?.from ?? '09:00'),
        timeField('break-until', 'Until', s.breaks?.until ?? '17:00'),
      ),
      dayBoxes(view, 'break-day', s.breaks?.days ?? ['monday', 'tuesday', 'wednesday', 'thursday', 'friday']),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Your weekly aim'),
      h(
        'label',
        { for: 'weekly-target' },
        `Sessions a week I aim for (${view.weekly_target[0]} to ${view.weekly_target[1]}, or empty for none; movement breaks are counted beside them)`,
      ),
      h('input', {
        type: 'number',
        id: 'weekly-target',
        min: view.weekly_target[0],
        max: view.weekly_target[1],
        value: s.weekly_target === null ? '' : String(s.weekly_target),
      }),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Running in the background'),
      h(
        'p',
        { id: 'keep-running-help', class: 'help' },
        view.tray
          ? 'With a reminder on, closing the window keeps Spinewise in the tray. Quit from the tray or with the button below.'
          : 'With a reminder on, closing the window keeps Spinewise running for its reminders. Start Spinewise again to open the window; quit with the button below.',
      ),
      checkbox('keep-running', 'Keep Spinewise running when I close the window', s.keep_running, 'keep-running-help'),
      checkbox('start-at-login', 'Start Spinewise when I log in', view.start_at_login),
    ),
    error,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'submit', class: 'button button--primary', dataset: { action: 'save-reminders' } },
        'Save reminders',
      ),
    ),
  );
  const pause = async (/** @type {import('../ipc/Pause').Pause} */ choice) => {
    try {
      render(section, await api.pauseReminders(choice));
      const message = choice === 'resume' ? 'Reminders are on again.' : 'Reminders are paused.';
      /** @type {HTMLElement} */ (section.querySelector('#reminders-status')).textContent = message;
      announce(message);
    } catch (err) {
      status.textContent = err.message;
    }
  };
  const tryNow = async () => {
    try {
      const shown = await api.reminderNow('break');
      if (shown) showReminder(shown);
    } catch (err) {
      status.textContent = err.message;
    }
  };
  const anyOn = s.check_in !== null || s.routines !== null || s.breaks !== null;
  // replaceChildren writes a null as text: leave the absent parts out.
  const parts = [
    h('h2', { id: 'reminders-title' }, 'Reminders'),
    h(
      'p',
      { class: 'help' },
      anyOn ? '' : 'All reminders are off until you turn them on. ',
      'Reminders follow your plan: while it asks you to hold off training or to see someone, no reminder offers exercise.',
    ),
    view.next.length
      ? h(
          'ul',
          { class: 'plain-list', dataset: { next: '' } },
          view.next.map((n) => h('li', {}, `${KIND_NAMES[n.kind]}: ${n.when}`)),
        )
      : null,
    view.paused_until ? h('p', { dataset: { paused: '' } }, `Reminders are paused until ${view.paused_until}.`) : null,
    form,
    h(
      'div',
      { class: 'actions' },
      anyOn
        ? view.paused_until
          ? h(
              'button',
              { type: 'button', class: 'button button--secondary', onclick: () => pause('resume') },
              'Resume reminders',
            )
          : [
              h(
                'button',
                {
                  type: 'button',
                  class: 'button button--secondary',
                  dataset: { action: 'pause-hour' },
                  onclick: () => pause('hour'),
                },
                'Pause for an hour',
              ),
              h(
                'button',
                { type: 'button', class: 'button button--secondary', onclick: () => pause('today') },
                'Pause for today',
              ),
            ]
        : null,
      h(
        'button',
        { type: 'button', class: 'button button--secondary', dataset: { action: 'reminder-now' }, onclick: tryNow },
        'Send a test movement break reminder',
      ),
      s.keep_running
        ? h(
            'button',
            {
              type: 'button',
              class: 'button button--secondary',
              dataset: { action: 'quit' },
              onclick: () => api.quit(),
            },
            'Quit Spinewise',
          )
        : null,
    ),
    status,
  ];
  section.replaceChildren(...parts.filter((part) => part !== null));
}

/// The Reminders card of Settings.
export async function remindersSection() {
  const section = h('section', { class: 'card', id: 'reminders', 'aria-labelledby': 'reminders-title' });
  try {
    render(section, await api.reminders());
  } catch (err) {
    section.replaceChildren(h('h2', { id: 'reminders-title' }, 'Reminders'), h('p', { role: 'alert' }, err.message));
  }
  return section;
}
