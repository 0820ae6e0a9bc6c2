// @ts-check
// A reminder in the window: the one that has just fired, or the one waiting
// when the window opens. It sits above the screen without taking the focus
// (the person may be typing), and is announced instead.

/** @import { ReminderShown } from './ipc/ReminderShown' */
import { api, listen } from './api.js';
import { announce, byId, h } from './dom.js';
import { REMINDER } from './ipc/events.js';
import { navigate } from './router.js';

/** @param {ReminderShown} shown */
function showReminder(shown) {
  const { reminder, route } = shown;
  const region = byId('reminder');
  const hide = () => {
    region.hidden = true;
    region.replaceChildren();
    document.body.classList.remove('has-reminder');
  };
  const answer = async (/** @type {import('./ipc/ReminderAnswer').ReminderAnswer} */ choice) => {
    hide();
    try {
      await api.answerReminder(reminder.kind, choice);
    } catch (error) {
      announce(error.message);
    }
    if (choice === 'done') navigate(route);
    else byId('view').focus({ preventScroll: true });
  };
  region.dataset.kind = reminder.kind;
  region.dataset.opens = reminder.opens;
  region.replaceChildren(
    h('h2', { id: 'reminder-title' }, reminder.title),
    h('p', { class: 'reminder-body' }, reminder.body),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'button button--primary',
          dataset: { action: 'reminder-open' },
          onclick: () => answer('done'),
        },
        reminder.action,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button button--secondary',
          dataset: { action: 'reminder-snooze' },
          onclick: () => answer('snooze'),
        },
        'In 10 minutes',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button button--secondary',
          dataset: { action: 'reminder-skip' },
          onclick: () => answer('skip'),
        },
        'Skip this one',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button button--secondary',
          dataset: { action: 'reminder-hide' },
          onclick: () => {
            hide();
            byId('view').focus({ preventScroll: true });
          },
        },
        'Hide',
      ),
    ),
  );
  // Escape puts it away unanswered; it comes back when the window opens again.
  region.onkeydown = (event) => {
    if (event.key === 'Escape') {
      hide();
      byId('view').focus({ preventScroll: true });
    }
  };
  document.body.classList.add('has-reminder');
  region.hidden = false;
  announce(`Reminder: ${reminder.title}. ${reminder.body}`);
}

/// Shows reminders as they fire, and the one waiting when the window opens.
export async function startReminders() {
  listen(REMINDER, showReminder);
  try {
    const waiting = await api.currentReminder();
    if (waiting) showReminder(waiting);
  } catch {
    /* no backend: nothing to remind of */
  }
}

/// Shows a reminder the person asked to see now (from Settings).
export { showReminder };
