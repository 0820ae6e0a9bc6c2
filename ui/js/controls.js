// @ts-check
// Answer controls shared by the triage, the session start and the check-in.

import { h } from './dom.js';

/**
 * How a group of choices looks and what it starts with. `prefix` keeps ids
 * unique when two groups share a screen.
 * @typedef {{ previous?: unknown, className?: string, prefix?: string }} ChoiceLook
 */

/// A group of radio buttons styled as large choices.
/**
 * @param {string} name
 * @param {{ value: string | number | boolean, label: string }[]} options
 * @param {ChoiceLook} [look]
 */
export function radioOptions(name, options, { previous, className = 'options--choice', prefix = 'answer' } = {}) {
  return h(
    'div',
    { class: `options ${className}` },
    options.map(({ value, label }) => {
      const id = `${prefix}-${String(value)}`;
      return h(
        'div',
        { class: 'option' },
        h('input', { type: 'radio', name, id, value: String(value), checked: previous === value }),
        h('label', { for: id }, label),
      );
    }),
  );
}

/** @param {string} name @param {ChoiceLook} [options] */
export const yesNo = (name, options = {}) =>
  radioOptions(
    name,
    [
      { value: true, label: 'Yes' },
      { value: false, label: 'No' },
    ],
    { className: 'options--yes-no', ...options },
  );

/// The 0-10 pain scale with its end labels.
/**
 * @param {string} name
 * @param {ChoiceLook & { min?: number, max?: number, minLabel?: string, maxLabel?: string }} [look]
 */
export function painScale(
  name,
  { min = 0, max = 10, minLabel = 'No pain', maxLabel = 'Worst imaginable', ...options } = {},
) {
  const values = [];
  for (let v = min; v <= max; v += 1) values.push({ value: v, label: String(v) });
  return h(
    'div',
    { class: 'scale' },
    radioOptions(name, values, { className: 'options--scale', ...options }),
    h(
      'div',
      { class: 'scale-labels', 'aria-hidden': 'true' },
      h('span', {}, `${min} ${minLabel}`),
      h('span', {}, `${max} ${maxLabel}`),
    ),
  );
}

/// The checked value of a radio group, typed like its options, or undefined.
/** @param {ParentNode} form @param {string} name */
export function checkedValue(form, name) {
  const checked = form.querySelector(`input[name="${name}"]:checked`);
  if (!(checked instanceof HTMLInputElement)) return undefined;
  if (checked.value === 'true' || checked.value === 'false') return checked.value === 'true';
  return /^\d+$/.test(checked.value) ? Number(checked.value) : checked.value;
}

/// A confirmation that appears in place, takes focus, and does nothing
/// until the person chooses. Escape cancels.
export function confirmPanel({ title, body, confirmLabel, onConfirm, onCancel }) {
  const panel = h(
    'div',
    {
      class: 'card card--notice confirm',
      role: 'alertdialog',
      'aria-labelledby': 'confirm-title',
      'aria-describedby': 'confirm-body',
      tabindex: '-1',
    },
    h('h3', { id: 'confirm-title' }, title),
    h('div', { id: 'confirm-body' }, body),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'button button--danger', dataset: { action: 'confirm' }, onclick: onConfirm },
        confirmLabel,
      ),
      h(
        'button',
        { type: 'button', class: 'button button--secondary', dataset: { action: 'cancel' }, onclick: onCancel },
        'Cancel',
      ),
    ),
  );
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') onCancel();
  });
  return panel;
}
