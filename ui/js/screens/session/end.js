// @ts-check
// How a session ends: its title and summary, then what the end asks of the
// person (aftercare, a new check, or how the back is after stopping).

/** @import { AfterSession } from '../../ipc/AfterSession' */
/** @import { Routine } from '../../ipc/Routine' */
/** @import { SessionEndedView } from '../../ipc/SessionEndedView' */
/** @import { SignWords } from '../../ipc/SignWords' */
/** @import { WarningSigns } from '../../ipc/WarningSigns' */
import { api } from '../../api.js';
import { checkedValue, painScale, yesNo } from '../../controls.js';
import { announce, h, show } from '../../dom.js';
import { showResult } from '../result.js';

/**
 * @param {Routine} routine
 * @param {SessionEndedView} ended
 * @param {SignWords[]} signs the warning signs a check asks about
 */
export function showEnd(routine, ended, signs) {
  if (ended.triage_result) {
    showResult(ended.triage_result, { justFinished: true });
    return;
  }
  const record = ended.record;
  const after = h('div', { class: 'after-session' });
  show(
    h(
      'section',
      { class: 'session-end', dataset: { ended: record.ended }, 'aria-labelledby': 'end-title' },
      h('p', { class: 'section-label' }, routine.name),
      h('h1', { id: 'end-title' }, ended.title),
      after,
      h('p', {}, `You completed ${record.work_steps_completed} of ${record.work_steps_total} sets.`),
      record.check_ins.length
        ? h(
            'p',
            {},
            'Your pain at the check-ins during the session: ',
            record.check_ins.map((c) => `${c.pain}/10`).join(', '),
            '.',
          )
        : null,
      ended.save_error ? h('p', { class: 'card card--error', role: 'alert' }, ended.save_error) : null,
      h(
        'div',
        { class: 'actions' },
        // After a completed session the routines are the next thing; after
        // a stop they may be on hold, and home says where the plan stands.
        h(
          'a',
          {
            class: `button ${record.ended === 'completed' ? 'button--primary' : 'button--secondary'}`,
            href: '#routines',
            dataset: { action: 'routines' },
          },
          'Back to routines',
        ),
        h(
          'a',
          { class: `button ${record.ended === 'completed' ? 'button--secondary' : 'button--primary'}`, href: '#home' },
          'Home',
        ),
      ),
    ),
  );
  showAfter(after, ended.after, signs);
  document.body.dataset.screen = 'session-end';
  announce(ended.title);
}

/// What the end of the session asks: the backend's message, its aftercare,
/// a new check for a nerve sign, or how the pain is after stopping.
/** @param {HTMLElement} container @param {AfterSession} after @param {SignWords[]} signs */
function showAfter(container, after, signs) {
  const parts = [h('p', { class: 'lead', dataset: { after: 'message' } }, after.message)];
  if (after.ask_pain) parts.push(endCheckForm(container, signs));
  if (after.check_again) {
    parts.push(
      h(
        'div',
        { class: 'actions' },
        h(
          'a',
          { class: 'button button--primary', href: '#triage', dataset: { action: 'check-again' } },
          'Check my back pain now',
        ),
      ),
    );
  }
  if (after.aftercare.length) {
    parts.push(
      h(
        'section',
        { class: 'card' },
        h('h2', {}, 'What to do now'),
        h(
          'ol',
          { class: 'plain-list aftercare' },
          after.aftercare.map((s) => h('li', {}, s)),
        ),
      ),
    );
  }
  container.replaceChildren(...parts);
}

/// How the back is after stopping: the pain, spreading leg symptoms, and the
/// warning signs (a person may stop because of one). A ticked sign goes
/// straight to the emergency result.
/** @param {HTMLElement} container @param {SignWords[]} signs */
function endCheckForm(container, signs) {
  const error = h('p', { id: 'end-check-error', class: 'field-error', role: 'alert' });
  const tickedSigns = () =>
    signs
      .filter(({ id }) => /** @type {HTMLInputElement} */ (form.querySelector(`#end-sign-${id}`)).checked)
      .map(({ id }) => id);
  const form = h(
    'form',
    {
      class: 'card end-check',
      novalidate: true,
      onsubmit: async (event) => {
        event.preventDefault();
        const ticked = tickedSigns();
        if (ticked.length > 0) {
          try {
            const result = await api.reportWarningSigns(
              /** @type {WarningSigns} */ (Object.fromEntries(ticked.map((id) => [id, true]))),
            );
            showResult(result, { justFinished: true });
          } catch (err) {
            error.textContent = err.message;
          }
          return;
        }
        const pain = checkedValue(form, 'end-pain');
        const spreading = checkedValue(form, 'end-spreading');
        if (typeof pain !== 'number' || typeof spreading !== 'boolean') {
          error.textContent = 'Answer both questions.';
          return;
        }
        try {
          const leg_numbness = /** @type {HTMLInputElement} */ (form.querySelector('#end-numb')).checked;
          const { after, triage_result } = await api.endCheck({ pain, spreading_down_leg: spreading, leg_numbness });
          if (triage_result) {
            showResult(triage_result, { justFinished: true });
            return;
          }
          showAfter(container, after, signs);
          /** @type {HTMLElement | null} */ (container.querySelector('[data-after="message"]'))?.focus();
          announce(after.message);
        } catch (err) {
          error.textContent = err.message;
        }
      },
    },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Your back pain right now, from 0 to 10'),
      painScale('end-pain', { prefix: 'end-pain' }),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Are symptoms spreading down your leg?'),
      yesNo('end-spreading', { prefix: 'end-spreading' }),
      h(
        'div',
        { class: 'checkbox' },
        h('input', { type: 'checkbox', id: 'end-numb' }),
        h('label', { for: 'end-numb' }, 'Part of a leg or foot is numb, or has pins and needles'),
      ),
    ),
    h(
      'fieldset',
      { class: 'warning-signs' },
      h('legend', {}, 'Tick any of these you have noticed (these need care today)'),
      signs.map(({ id, label }) =>
        h(
          'div',
          { class: 'checkbox' },
          h('input', { type: 'checkbox', id: `end-sign-${id}`, dataset: { sign: id } }),
          h('label', { for: `end-sign-${id}` }, label),
        ),
      ),
    ),
    error,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'submit', class: 'button button--primary', dataset: { action: 'end-check' } },
        'Tell Spinewise',
      ),
    ),
  );
  return form;
}
