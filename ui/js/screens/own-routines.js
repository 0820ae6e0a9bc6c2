// @ts-check
// Routines of the person's own: listed on the routines screen, built or
// edited in a form, read from a physiotherapist's file into the same form so
// the person sees what it holds before anything is kept, and exported to
// hand on. Every rule (bounds, cautions, unique names, when a routine may
// run) is the backend's: this screen shows its answers.

/** @import { Dose } from '../ipc/Dose' */
/** @import { OwnExercise } from '../ipc/OwnExercise' */
/** @import { OwnItem } from '../ipc/OwnItem' */
/** @import { OwnItemView } from '../ipc/OwnItemView' */
/** @import { OwnRoutine } from '../ipc/OwnRoutine' */
/** @import { OwnRoutineView } from '../ipc/OwnRoutineView' */
/** @import { OwnRoutinesView } from '../ipc/OwnRoutinesView' */
import { api } from '../api.js';
import { announce, h, show } from '../dom.js';
import { confirmPanel } from '../controls.js';
import { navigate } from '../router.js';
import { showError } from './error.js';
import { onlyTooLarge, smallerCopy } from '../smaller-photo.js';

/// A message from the backend as a sentence: a capital first, a full stop last.
/** @param {string} text */
const sentence = (text) => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/// What the routines screen says when it is drawn again after the builder
/// kept a routine: which one, so it can be shown and focused.
/** @type {{ id: string, text: string } | null} */
let justKept = null;

/// What the photo field says while a photo is read, and copied if need be.
const READING_PHOTO = 'Reading the photo, and making a smaller copy if it is large…';

/// The fields of each kind of dose, in the order a physiotherapist writes them.
const DOSE_FIELDS = {
  reps: [
    ['reps', 'Repetitions'],
    ['seconds_per_rep', 'Seconds per repetition'],
    ['sets', 'Sets'],
    ['rest_seconds', 'Rest between sets (seconds)'],
  ],
  hold: [
    ['seconds', 'Hold (seconds)'],
    ['sets', 'Sets'],
    ['rest_seconds', 'Rest between sets (seconds)'],
  ],
  continuous: [['minutes', 'Minutes']],
};

/// A file's bytes as base64, in chunks (a camera's photo is megabytes).
/** @param {ArrayBuffer} buffer */
function base64Of(buffer) {
  const bytes = new Uint8Array(buffer);
  let text = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(text);
}

/// The own routines' part of the routines screen. `start` opens the pain
/// check before a session; `again` redraws the routines screen.
/**
 * @param {OwnRoutineView[]} routines
 * @param {(id: string) => void} start
 * @param {() => void} again
 */
export function ownRoutinesSection(routines, start, again) {
  const status = h('p', { id: 'own-status', role: 'status' });
  const fileInput = h('input', {
    type: 'file',
    id: 'routine-file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    tabindex: '-1',
    'aria-label': 'Routine file to read',
  });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    try {
      const read = await api.readOwnRoutine(await file.text());
      await showBuilder({
        routine: read.routine,
        replacing: null,
        fromFile: file.name,
        claimed: read.file_says_prescribed,
      });
    } catch (err) {
      status.textContent = `${file.name} cannot be read as a routine. ${sentence(err.message)} Nothing has been added.`;
      status.classList.add('field-error');
      announce(status.textContent);
    }
  });
  const kept = justKept;
  justKept = null;
  if (kept) {
    status.textContent = kept.text;
    // Once drawn: the kept routine in view, with focus, as the builder's answer.
    setTimeout(() => {
      const card = /** @type {HTMLElement | null} */ (
        document.querySelector(`[data-routine="${CSS.escape(kept.id)}"]`)
      );
      card?.setAttribute('tabindex', '-1');
      card?.scrollIntoView({ block: 'center' });
      card?.focus();
    }, 0);
  }
  return h(
    'section',
    { class: 'own-routines', 'aria-labelledby': 'own-title' },
    h('h2', { id: 'own-title' }, 'Your own routines'),
    h(
      'p',
      {},
      'Build a routine from the library at the doses you or your physiotherapist choose, or read a routine file they gave you. It runs like the routines above, with the same pain check-ins, whenever your plan allows training; after a setback an exercise runs lighter for a while.',
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'button button--secondary',
          dataset: { action: 'build-routine' },
          onclick: () => showBuilder({ routine: null, replacing: null, fromFile: null }),
        },
        'Build a routine',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button button--secondary',
          dataset: { action: 'read-routine' },
          onclick: () => fileInput.click(),
        },
        'Read a routine file…',
      ),
      fileInput,
    ),
    status,
    routines.length
      ? h(
          'ul',
          { class: 'routine-list' },
          routines.map((r) => ownRoutineCard(r, { start, again, status })),
        )
      : null,
  );
}

/**
 * @param {OwnRoutineView} view
 * @param {{ start: (id: string) => void, again: () => void, status: HTMLElement }} on
 */
function ownRoutineCard(view, { start, again, status }) {
  const { routine } = view;
  // The delete question shows in the card it is about.
  const slot = h('div', {});
  const exportRoutine = async () => {
    try {
      const saved = await api.exportOwnRoutine(routine.name);
      status.textContent = `${routine.name} has been saved as ${saved.path}, to hand on or keep.`;
    } catch (err) {
      status.textContent = err.message;
    }
    announce(status.textContent);
  };
  /** @param {HTMLElement} button */
  const askDelete = (button) => {
    const close = () => {
      slot.replaceChildren();
      button.focus();
    };
    const panel = confirmPanel({
      title: `Delete ${routine.name}?`,
      body: h('p', {}, 'The routine goes from your plan. Sessions you did with it stay in your history.'),
      confirmLabel: 'Delete it',
      onConfirm: async () => {
        try {
          await api.deleteOwnRoutine(routine.name);
          again();
        } catch (err) {
          close();
          status.textContent = err.message;
        }
      },
      onCancel: close,
    });
    slot.replaceChildren(panel);
    panel.focus();
  };
  const deleteButton = h(
    'button',
    { type: 'button', class: 'button button--secondary', dataset: { action: 'delete-routine' } },
    `Delete ${routine.name}`,
  );
  deleteButton.addEventListener('click', () => askDelete(deleteButton));
  return h(
    'li',
    { class: 'card routine routine--own', dataset: { routine: view.id } },
    h('h3', {}, routine.name),
    h(
      'p',
      { class: 'small' },
      `About ${view.minutes} minute${view.minutes === 1 ? '' : 's'}`,
      routine.from ? ` · from ${routine.from}` : '',
    ),
    h(
      'ol',
      { class: 'plain-list own-items' },
      view.items.map((item, i) =>
        h(
          'li',
          {},
          item.exercise
            ? h('a', { href: `#exercise/${item.exercise}` }, item.name)
            : h('span', { dataset: { own: 'exercise' } }, item.name, ' (your own)'),
          `: ${item.dose_text}.`,
          routine.items[i].note ? h('span', { class: 'own-note' }, ` “${routine.items[i].note}”`) : null,
          item.caution && routine.items[i].prescribed
            ? h(
                'span',
                { class: 'small own-caution' },
                ` Kept despite a caution for your kind of pain, because you said your physiotherapist prescribed it: ${item.caution}`,
              )
            : null,
        ),
      ),
    ),
    view.waits ? h('p', { class: 'card card--notice', dataset: { waits: view.id } }, view.waits) : null,
    slot,
    h(
      'div',
      { class: 'actions' },
      view.waits
        ? null
        : h(
            'button',
            {
              type: 'button',
              class: 'button button--primary',
              dataset: { action: 'choose-routine' },
              onclick: () => start(view.id),
            },
            `Start ${routine.name}`,
          ),
      h(
        'button',
        {
          type: 'button',
          class: 'button button--secondary',
          dataset: { action: 'edit-routine' },
          onclick: () => showBuilder({ routine, replacing: routine.name, fromFile: null }),
        },
        `Edit ${routine.name}`,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button button--secondary',
          dataset: { action: 'export-routine' },
          onclick: exportRoutine,
        },
        `Save ${routine.name} as a file`,
      ),
      deleteButton,
    ),
  );
}

/// Whole numbers of 0 or more only: anything else is said here, before the
/// backend's bounds are asked, since a number input can hold "1.5", "-3" or
/// nothing.
/** @param {OwnItem[]} items */
function wholeNumbers(items) {
  return items.every((item) =>
    Object.entries(item.dose).every(
      ([key, value]) => key === 'type' || (Number.isInteger(value) && Number(value) >= 0),
    ),
  );
}

/**
 * The builder: a new routine, an edit (`replacing` its name), or a file's
 * routine shown before it is kept (`fromFile` its file name; `claimed` the
 * places of the exercises the file says were prescribed, which the core
 * has left unticked: the person ticks them, seeing the caution).
 * @param {{ routine: OwnRoutine | null, replacing: string | null, fromFile: string | null, claimed?: number[] }} start
 */
async function showBuilder({ routine, replacing, fromFile, claimed = [] }) {
  /** @type {OwnRoutinesView} */
  let own;
  try {
    own = await api.ownRoutines();
  } catch (error) {
    showError(error, () => showBuilder({ routine, replacing, fromFile, claimed }));
    return;
  }
  const choices = new Map(own.choices.map((c) => [c.exercise, c]));
  /// Where a new exercise of one's own starts, one dose for each way it is done.
  const ownDoses = own.own_doses;
  /** @type {OwnItem[]} */
  const items = (routine?.items ?? []).map((i) => ({ ...i, dose: { ...i.dose } }));
  /** @type {Set<OwnItem>} */
  const fileSaysPrescribed = new Set(claimed.map((n) => items[n]));
  const name = h('input', {
    type: 'text',
    id: 'routine-name',
    maxlength: '60',
    value: routine?.name ?? '',
    required: true,
    'aria-describedby': 'routine-name-error',
  });
  const from = h('input', {
    type: 'text',
    id: 'routine-from',
    maxlength: '280',
    value: routine?.from ?? '',
    'aria-describedby': 'routine-from-help routine-from-error',
  });
  // A fault in one field is said beside it, and the field is focused: a
  // screen reader reads the message as the field's description.
  const nameError = h('p', { id: 'routine-name-error', class: 'field-error field-error--quiet' });
  const fromError = h('p', { id: 'routine-from-error', class: 'field-error field-error--quiet' });
  const list = h('ol', { class: 'builder-items', 'aria-label': 'Exercises in this routine, in order' });
  const error = h('p', { id: 'builder-error', class: 'field-error', role: 'alert', tabindex: '-1' });
  const errorActions = h('div', {});
  // Cancel asks before a routine the person has worked on is thrown away.
  let changed = false;
  /// The items whose photo is being read or copied: kept here, not in the
  /// row, so a redraw meanwhile still shows the field waiting.
  /** @type {Set<OwnItem>} */
  const readingPhoto = new Set();
  const leaveSlot = h('div', {});
  /** @param {HTMLElement} button */
  const leave = (button) => {
    if (!changed || fromFile) {
      navigate('routines');
      return;
    }
    const panel = confirmPanel({
      title: 'Leave without saving?',
      body: h('p', {}, 'The changes you made to this routine will be lost.'),
      confirmLabel: 'Leave without saving',
      onConfirm: () => navigate('routines'),
      onCancel: () => {
        leaveSlot.replaceChildren();
        button.focus();
      },
    });
    leaveSlot.replaceChildren(panel);
    panel.focus();
  };

  /// Draws the list again and puts focus where the person's hand is: on the
  /// same button of the item at `i`, or its heading when that button is now
  /// disabled (moved to an end) or gone; `none` leaves focus alone.
  /** @param {number} i @param {string} focusAction */
  const redraw = (i, focusAction) => {
    if (focusAction !== 'none') changed = true;
    clearFaults();
    list.replaceChildren(...items.map((item, index) => itemRow(item, index)));
    if (focusAction === 'none') return;
    const row = list.children[i];
    const button = /** @type {HTMLButtonElement | null} */ (row?.querySelector(`[data-action="${focusAction}"]`));
    const target = button && !button.disabled ? button : /** @type {HTMLElement | null} */ (row?.querySelector('h3'));
    (target ?? picker).focus();
  };

  /// What the builder says of an item: a library exercise's choice (name,
  /// standard dose, caution), or one of the person's own by its name.
  /** @param {OwnItem} item */
  const describe = (item) =>
    typeof item.exercise === 'string'
      ? /** @type {OwnItemView} */ (choices.get(item.exercise))
      : { name: item.exercise.name.trim() || 'Your own exercise', dose_text: null, caution: own.own_caution };

  /** @param {OwnItem} item @param {number} index */
  const itemRow = (item, index) => {
    const choice = describe(item);
    const prefix = `item-${index}`;
    const ownExercise = typeof item.exercise === 'string' ? null : item.exercise;
    const removeSlot = h('div', {});
    const fields = DOSE_FIELDS[item.dose.type].map(([key, label]) => {
      const id = `${prefix}-${key}`;
      const input = h('input', {
        type: 'number',
        id,
        min: '0',
        step: '1',
        inputmode: 'numeric',
        'aria-describedby': `${prefix}-error`,
        value: String(item.dose[key]),
        oninput: () => {
          item.dose[key] = input.value === '' ? Number.NaN : Number(input.value);
        },
      });
      return h('div', { class: 'field' }, h('label', { for: id }, label), input);
    });
    const note = h('input', {
      type: 'text',
      id: `${prefix}-note`,
      maxlength: '280',
      value: item.note ?? '',
      'aria-describedby': `${prefix}-error`,
      oninput: () => {
        item.note = note.value.trim() ? note.value : null;
      },
    });
    /** @param {number} by */
    const move = (by) => {
      const [moved] = items.splice(index, 1);
      items.splice(index + by, 0, moved);
      redraw(index + by, by < 0 ? 'move-up' : 'move-down');
      announce(`${choice.name} moved to number ${index + by + 1} of ${items.length}.`);
    };
    const titleId = `${prefix}-title`;
    return h(
      'li',
      {
        class: 'card builder-item',
        dataset: { exercise: ownExercise ? 'own' : String(item.exercise) },
        'aria-labelledby': titleId,
      },
      h('h3', { id: titleId, tabindex: '-1' }, `${index + 1}. ${choice.name}`),
      ownExercise
        ? ownFields(ownExercise, item, prefix, index)
        : h('p', { class: 'small' }, `Standard dose: ${choice.dose_text}.`),
      h('div', { class: 'filters' }, fields),
      h('p', { id: `${prefix}-error`, class: 'field-error field-error--quiet item-error' }),
      choice.caution
        ? h(
            'div',
            { class: 'card card--notice caution' },
            h(
              'p',
              {},
              h('strong', {}, ownExercise ? 'Your physiotherapist’s exercise: ' : 'Caution for your kind of pain: '),
              choice.caution,
            ),
            fileSaysPrescribed.has(item)
              ? h(
                  'p',
                  {},
                  'The file says your physiotherapist prescribed this exercise. Tick below if they did, for you.',
                )
              : null,
            h(
              'label',
              { class: 'check' },
              h('input', {
                type: 'checkbox',
                checked: item.prescribed,
                dataset: { action: 'prescribed' },
                'aria-describedby': `${prefix}-error`,
                onchange: (event) => {
                  item.prescribed = event.target.checked;
                },
              }),
              ownExercise
                ? ' My physiotherapist gave me this exercise'
                : ' My physiotherapist prescribed this exercise for me',
            ),
          )
        : null,
      h('div', { class: 'field' }, h('label', { for: `${prefix}-note` }, 'Note (optional)'), note),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'button button--secondary',
            dataset: { action: 'move-up' },
            disabled: index === 0,
            'aria-label': `Move up: ${choice.name}`,
            onclick: () => move(-1),
          },
          'Move up',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'button button--secondary',
            dataset: { action: 'move-down' },
            disabled: index === items.length - 1,
            'aria-label': `Move down: ${choice.name}`,
            onclick: () => move(1),
          },
          'Move down',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'button button--secondary',
            dataset: { action: 'remove-item' },
            'aria-label': `Remove: ${choice.name}`,
            onclick: (/** @type {MouseEvent} */ event) => {
              const remove = () => {
                items.splice(index, 1);
                // The next item's heading, not its Remove button: a second
                // press must not remove another exercise.
                redraw(Math.min(index, items.length - 1), 'heading');
                announce(`${choice.name} removed.`);
              };
              // An exercise of one's own holds the person's own words and
              // photo, which a removal would lose: asked first.
              if (!ownExercise) {
                remove();
                return;
              }
              const button = /** @type {HTMLElement} */ (event.currentTarget);
              const panel = confirmPanel({
                title: `Remove ${choice.name}?`,
                body: h('p', {}, 'Its name, steps and photo will be lost from this routine.'),
                confirmLabel: `Remove ${choice.name}`,
                onConfirm: remove,
                onCancel: () => {
                  removeSlot.replaceChildren();
                  button.focus();
                },
              });
              removeSlot.replaceChildren(panel);
              panel.focus();
            },
          },
          'Remove',
        ),
      ),
      removeSlot,
    );
  };

  /// An exercise of one's own: its name, steps (a line each), the kind of
  /// dose, and a photo, which the backend checks as soon as it is chosen.
  /** @param {OwnExercise} own @param {OwnItem} item @param {string} prefix @param {number} index */
  const ownFields = (own, item, prefix, index) => {
    const ownName = h('input', {
      type: 'text',
      id: `${prefix}-own-name`,
      maxlength: '60',
      value: own.name,
      'aria-describedby': `${prefix}-error`,
      oninput: () => {
        own.name = ownName.value;
        // The item's heading follows the name as it is typed.
        const heading = list.children[index]?.querySelector('h3');
        if (heading) heading.textContent = `${index + 1}. ${own.name.trim() || 'Your own exercise'}`;
      },
    });
    const steps = /** @type {HTMLTextAreaElement} */ (
      h('textarea', {
        id: `${prefix}-own-steps`,
        'aria-describedby': `${prefix}-steps-help ${prefix}-error`,
        oninput: () => {
          own.steps = steps.value.split('\n').filter((line) => line.trim());
        },
      })
    );
    steps.value = own.steps.join('\n');
    const doseKind = /** @type {HTMLSelectElement} */ (
      h(
        'select',
        {
          id: `${prefix}-dose-kind`,
          onchange: () => {
            // Where a new exercise of one's own starts, as the backend says.
            item.dose = { .../** @type {Dose} */ (ownDoses.find((d) => d.type === doseKind.value)) };
            redraw(index, 'none');
            /** @type {HTMLElement | null | undefined} */ (
              list.children[index]?.querySelector(`#${prefix}-dose-kind`)
            )?.focus();
            announce('The dose is set to a starting point for this kind: change its numbers below.');
          },
        },
        h('option', { value: 'reps', selected: item.dose.type === 'reps' }, 'Slow repetitions'),
        h('option', { value: 'hold', selected: item.dose.type === 'hold' }, 'A position held'),
        h('option', { value: 'continuous', selected: item.dose.type === 'continuous' }, 'Minutes at a steady pace'),
      )
    );
    const photoError = h('p', { id: `${prefix}-photo-error`, class: 'field-error field-error--quiet', role: 'alert' });
    const photoInput = /** @type {HTMLInputElement} */ (
      h('input', {
        type: 'file',
        id: `${prefix}-photo`,
        accept: 'image/png,image/jpeg',
        'aria-describedby': `${prefix}-photo-help ${prefix}-photo-error ${prefix}-error`,
        disabled: readingPhoto.has(item),
        onchange: async () => {
          const file = photoInput.files?.[0];
          if (!file) return;
          // A camera's photo takes a moment to read and copy: the field
          // waits, and says what it is doing.
          readingPhoto.add(item);
          photoInput.disabled = true;
          photoError.textContent = '';
          photoStatus.textContent = READING_PHOTO;
          /** @type {string | null} */
          let refused = null;
          let copied = '';
          try {
            const bytes = await file.arrayBuffer();
            try {
              own.photo = await api.readPhoto(base64Of(bytes));
            } catch (refusal) {
              if (!onlyTooLarge(refusal)) throw refusal;
              const copy = await smallerCopy(new Blob([bytes], { type: file.type }), refusal);
              own.photo = copy.photo;
              copied = `, as a smaller copy (${copy.width} by ${copy.height} pixels)`;
            }
            changed = true;
          } catch (err) {
            refused = `Not added. ${sentence(err.message)}`;
          } finally {
            readingPhoto.delete(item);
          }
          // The list may have been drawn again, or the item moved or
          // removed, while the photo was read: find its row as it is now.
          const at = items.indexOf(item);
          if (at < 0) return;
          redraw(at, 'none');
          focusPhoto(at, `item-${at}`);
          if (refused) {
            const shown = list.children[at]?.querySelector(`#item-${at}-photo-error`);
            if (shown) shown.textContent = refused;
          } else {
            announce(`Photo added to ${own.name.trim() || 'your exercise'}${copied}.`);
          }
        },
      })
    );
    const photoStatus = h(
      'p',
      { id: `${prefix}-photo-status`, class: 'help', 'aria-live': 'polite' },
      readingPhoto.has(item) ? READING_PHOTO : '',
    );
    return h(
      'div',
      { class: 'own-exercise-fields' },
      h('div', { class: 'field' }, h('label', { for: `${prefix}-own-name` }, 'Name of the exercise'), ownName),
      h(
        'div',
        { class: 'field' },
        h('label', { for: `${prefix}-own-steps` }, 'How to do it'),
        steps,
        h(
          'p',
          { id: `${prefix}-steps-help`, class: 'help' },
          'One step a line, as your physiotherapist showed you: up to 8.',
        ),
      ),
      h('div', { class: 'field' }, h('label', { for: `${prefix}-dose-kind` }, 'Done as'), doseKind),
      h(
        'div',
        { class: 'field' },
        h('label', { for: `${prefix}-photo` }, own.photo ? 'Change the photo' : 'Photo (optional)'),
        h(
          'div',
          { class: 'photo-row' },
          own.photo
            ? h('img', {
                class: 'own-photo own-photo--small',
                src: `data:image/${own.photo.kind};base64,${own.photo.base64}`,
                alt: `Photo of ${own.name.trim() || 'your exercise'}`,
              })
            : null,
          photoInput,
          own.photo
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'button button--secondary',
                  dataset: { action: 'remove-photo' },
                  onclick: () => {
                    own.photo = null;
                    changed = true;
                    redraw(index, 'none');
                    focusPhoto(index, prefix);
                    announce('Photo removed.');
                  },
                },
                'Remove the photo',
              )
            : null,
        ),
        h(
          'p',
          { id: `${prefix}-photo-help`, class: 'help' },
          'A PNG or JPEG; a large one, as a phone takes, becomes a smaller copy. It stays with your plan on this computer, and travels inside the routine file when you save it as one.',
        ),
        photoStatus,
        photoError,
      ),
    );
  };

  /// After the list is drawn again, the hand stays on the photo's field.
  /** @param {number} index @param {string} prefix */
  const focusPhoto = (index, prefix) =>
    /** @type {HTMLElement | null | undefined} */ (list.children[index]?.querySelector(`#${prefix}-photo`))?.focus();

  const addOwn = () => {
    items.push({
      exercise: { name: '', steps: [], photo: null },
      dose: { ...ownDoses[0] },
      prescribed: false,
      note: null,
    });
    redraw(items.length - 1, 'none');
    changed = true;
    /** @type {HTMLElement | null | undefined} */ (
      list.children[items.length - 1]?.querySelector('[id$="-own-name"]')
    )?.focus();
    announce('An exercise of your own added: give it a name and its steps.');
  };

  const picker = h(
    'select',
    { id: 'add-exercise' },
    own.choices.map((c) =>
      h('option', { value: c.exercise }, c.caution ? `${c.name} (caution for your kind of pain)` : c.name),
    ),
  );
  const add = () => {
    const choice = /** @type {OwnItemView} */ (choices.get(/** @type {any} */ (picker.value)));
    // Every choice is a library exercise: it has an id.
    const id = /** @type {import('../ipc/ExerciseId').ExerciseId} */ (choice.exercise);
    items.push({ exercise: id, dose: { ...choice.dose }, prescribed: false, note: null });
    redraw(items.length - 1, 'heading');
    announce(`${choice.name} added at its standard dose.`);
  };

  const clearFaults = () => {
    error.textContent = '';
    errorActions.replaceChildren();
    for (const message of [nameError, fromError, ...list.querySelectorAll('.item-error')]) message.textContent = '';
    for (const field of form.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
  };

  /// Where the backend says a fault is (a JSON pointer into the routine):
  /// the message's place and the field to focus; none for the whole routine.
  /** @param {string | null} pointer @param {string} code */
  const faultAt = (pointer, code) => {
    if (pointer === '/name') return { message: nameError, field: name };
    if (pointer === '/from') return { message: fromError, field: from };
    const row = list.children[Number(pointer?.match(/^\/items\/(\d+)$/)?.[1] ?? -1)];
    if (!row) return null;
    const focus = {
      bad_text: '[id$="-note"]',
      bad_own_exercise: '[id$="-own-name"]',
      bad_photo: 'input[type="file"]',
      cautioned_not_prescribed: '[data-action="prescribed"]',
      own_not_prescribed: '[data-action="prescribed"]',
      prescribed_for_another_kind: '[data-action="prescribed"]',
    }[code];
    return {
      message: /** @type {HTMLElement} */ (row.querySelector('.item-error')),
      field: /** @type {HTMLElement} */ (row.querySelector(focus ?? 'input[type="number"]') ?? row.querySelector('h3')),
    };
  };

  /** @param {string | null} replace */
  const save = async (replace) => {
    clearFaults();
    if (!wholeNumbers(items)) {
      error.textContent = 'Each dose needs whole numbers of 0 or more: write 8, not 8.5, -3 or nothing.';
      error.focus();
      return;
    }
    /** @type {OwnRoutine} */
    const routineNow = { name: name.value, from: from.value.trim() || null, items };
    try {
      await api.saveOwnRoutine(routineNow, replace);
      const kept = routineNow.name.trim();
      justKept = { id: `own:${kept}`, text: `${kept} is kept with your routines.` };
      navigate('routines');
      announce(justKept?.text ?? '');
    } catch (err) {
      // A name already taken is said with the choice to replace, below.
      const at = err.code === 'name_taken' ? null : faultAt(err.field, err.code);
      if (at) {
        at.message.textContent = `Not saved. ${sentence(err.message)}`;
        at.field.setAttribute('aria-invalid', 'true');
        at.field.focus();
        at.message.scrollIntoView({ block: 'nearest' });
        return;
      }
      error.textContent = sentence(err.message);
      if (err.code === 'name_taken' && replace === null) {
        errorActions.replaceChildren(
          h(
            'button',
            {
              type: 'button',
              class: 'button button--danger',
              dataset: { action: 'replace-routine' },
              onclick: () => save(name.value),
            },
            'Replace the routine you have with this one',
          ),
        );
      }
      error.focus();
    }
  };

  const title = fromFile ? 'A routine from a file' : replacing ? `Edit ${replacing}` : 'Build a routine';
  const form = h(
    'form',
    {
      class: 'card builder',
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        if (readingPhoto.size > 0) {
          error.textContent = 'Not saved yet: a photo is still being read. Save again in a moment.';
          error.focus();
          return;
        }
        save(replacing);
      },
    },
    h('div', { class: 'field' }, h('label', { for: 'routine-name' }, 'Name'), name, nameError),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'routine-from' }, 'From (optional)'),
      from,
      h('p', { id: 'routine-from-help', class: 'help' }, 'Who gave it to you, such as your physiotherapist.'),
      fromError,
    ),
    h('h2', {}, 'Exercises'),
    h('p', { class: 'help' }, own.checked_for),
    list,
    h(
      'div',
      { class: 'add-exercise' },
      h('label', { for: 'add-exercise' }, 'Add an exercise from the library'),
      h(
        'div',
        { class: 'actions' },
        picker,
        h(
          'button',
          { type: 'button', class: 'button button--secondary', dataset: { action: 'add-exercise' }, onclick: add },
          'Add',
        ),
      ),
      h(
        'p',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'button button--secondary',
            dataset: { action: 'add-own-exercise' },
            onclick: addOwn,
          },
          'Add an exercise of your own',
        ),
      ),
      h(
        'p',
        { class: 'help' },
        'For an exercise your physiotherapist gave you that is not in the library: its name, its steps in their words, and a photo if you have one. A session never swaps it for another: if your pain goes up, it is left out for the rest of the session; if it hurts, Spinewise asks you not to do it again until your physiotherapist has looked at it.',
      ),
    ),
    error,
    errorActions,
    leaveSlot,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'button button--secondary',
          dataset: { action: 'leave-builder' },
          onclick: (/** @type {MouseEvent} */ event) => leave(/** @type {HTMLElement} */ (event.currentTarget)),
        },
        fromFile ? 'Do not add it' : 'Cancel',
      ),
      h(
        'button',
        { type: 'submit', class: 'button button--primary', dataset: { action: 'save-routine' } },
        fromFile ? 'Add this routine' : 'Save routine',
      ),
    ),
  );
  for (const kind of ['input', 'change']) {
    form.addEventListener(kind, () => {
      changed = true;
    });
  }
  show(
    h(
      'section',
      { class: 'own-builder', 'aria-labelledby': 'builder-title' },
      h('h1', { id: 'builder-title' }, title),
      fromFile
        ? h(
            'p',
            { class: 'lead', dataset: { from: 'file' } },
            `This is what ${fromFile} holds. Look it over, change anything you want, and add it: nothing is kept until you do.`,
          )
        : h(
            'p',
            { class: 'lead' },
            'Choose exercises from the library, or add one of your own that your physiotherapist gave you; set each one’s dose and put them in order. Exercises to rethink are not in the library, so they cannot be chosen from it.',
          ),
      form,
    ),
  );
  redraw(0, 'none');
  name.focus();
  document.body.dataset.screen = 'own-builder';
}
