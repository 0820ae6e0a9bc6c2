// @ts-check
// Progress: what the latest check-in means, the pain chart with its zones,
// the change since the start, the return checklist and the history. All of it
// comes from the backend; this screen lays it out.

import { api } from '../api.js';
import { announce, formatDate, formatDay, h, show, svgFrom } from '../dom.js';
import { nextStepLink } from '../next-step.js';
import { showError } from './error.js';

function table(caption, headings, rows) {
  return h(
    'table',
    { class: 'data-table' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        headings.map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((cells) =>
        h(
          'tr',
          {},
          cells.map((c) => h('td', {}, c)),
        ),
      ),
    ),
  );
}

function checklist(view) {
  const status = h('p', { id: 'checklist-status', role: 'status' }, view.checklist.message);
  const boxes = view.checklist.items.map((item) =>
    h(
      'div',
      { class: 'checkbox' },
      h('input', {
        type: 'checkbox',
        id: `criterion-${item.id}`,
        checked: item.ticked,
        dataset: { criterion: item.id },
      }),
      h('label', { for: `criterion-${item.id}` }, item.label),
    ),
  );
  const card = h(
    'section',
    { class: `card checklist${view.checklist.met ? ' checklist--met' : ''}`, 'aria-labelledby': 'checklist-title' },
    h('h2', { id: 'checklist-title' }, 'Ready to return to training?'),
    boxes,
    status,
  );
  card.addEventListener('change', async () => {
    const criteria = Object.fromEntries(
      [...card.querySelectorAll('[data-criterion]')].map((b) => [b.dataset.criterion, b.checked]),
    );
    try {
      const updated = await api.updateChecklist(criteria);
      announce(updated.checklist.message);
      const focused = document.activeElement?.id;
      renderProgress(updated);
      if (focused) document.getElementById(focused)?.focus();
    } catch (err) {
      status.textContent = err.message;
    }
  });
  return card;
}

function renderProgress(view) {
  const course = view.course;
  const verdict = course.latest;
  const chart = svgFrom(view.chart_svg);
  chart.setAttribute('aria-describedby', 'chart-summary');
  const change = view.change_since_start;
  show(
    h(
      'section',
      { class: 'progress-screen', dataset: { phase: course.phase }, 'aria-labelledby': 'progress-title' },
      h('h1', { id: 'progress-title' }, 'Your progress'),
      view.check_ins_wait
        ? h('p', { class: 'card card--notice', dataset: { note: 'check-ins' } }, view.check_ins_wait)
        : h(
            'div',
            { class: 'actions actions--start' },
            h(
              'a',
              { class: 'button button--primary', href: '#check-in', dataset: { action: 'daily-check-in' } },
              'Daily check-in',
            ),
            h(
              'a',
              { class: 'button button--secondary', href: '#weekly', dataset: { action: 'weekly-check-in' } },
              'Weekly check-in',
              view.weekly_due ? h('span', { class: 'badge' }, 'Due') : null,
            ),
          ),
      verdict
        ? h(
            'section',
            {
              class: `card verdict verdict--${verdict.step}`,
              dataset: { step: verdict.step },
              'aria-labelledby': 'verdict-title',
            },
            h('h2', { id: 'verdict-title' }, verdict.title),
            h('p', {}, verdict.message),
            h('p', { class: 'small' }, `From your check-in on ${formatDay(verdict.day)}.`),
          )
        : null,
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'where-title' },
        h('h2', { id: 'where-title' }, 'Where your plan stands'),
        h('p', {}, course.why),
        course.instead && course.instead !== 'daily_check_in'
          ? h('div', { class: 'actions' }, nextStepLink(course.instead, { primary: false }))
          : h('a', { href: '#plan' }, 'Open your plan'),
      ),
      h(
        'section',
        { class: 'card chart-card', 'aria-labelledby': 'chart-title' },
        h('h2', { id: 'chart-title' }, 'Pain over time'),
        h(
          'figure',
          { class: 'chart' },
          chart,
          h('figcaption', { id: 'chart-summary', class: 'small' }, view.chart_summary),
        ),
        change
          ? h(
              'p',
              { class: `change change--${change.direction}`, dataset: { direction: change.direction } },
              change.message,
            )
          : h(
              'p',
              { class: 'small change-later' },
              'After two daily check-ins, Spinewise says here whether your pain has changed by an amount that matters.',
            ),
        view.daily.length
          ? h(
              'details',
              {},
              h('summary', {}, 'The numbers behind the chart'),
              table(
                `Your last ${view.daily.length} daily check-ins, newest first`,
                ['Day', 'Pain now', 'During exercise', 'After', 'Settled by morning'],
                view.daily.map((c) => [
                  formatDay(c.day),
                  String(c.pain_now),
                  c.exercise ? String(c.exercise.during) : 'no exercise',
                  c.exercise ? String(c.exercise.after) : '',
                  view.wording.settled_choices.find((s) => s.value === c.settled)?.label ?? c.settled,
                ]),
              ),
            )
          : null,
      ),
      // The return ticks wait while the plan holds the routines: being ready
      // to return cannot be asked beside "answer the check again".
      course.routines_paused ? null : checklist(view),
      course.changes.length
        ? h(
            'section',
            { class: 'card', 'aria-labelledby': 'changes-title' },
            h('h2', { id: 'changes-title' }, 'How your plan has moved'),
            h(
              'ol',
              { class: 'plain-list changes' },
              [...course.changes].reverse().map((c) => h('li', {}, h('strong', {}, formatDay(c.day)), ': ', c.reason)),
            ),
          )
        : null,
      view.weekly.length
        ? h(
            'section',
            { class: 'card', 'aria-labelledby': 'weekly-title' },
            h('h2', { id: 'weekly-title' }, 'Weekly scores'),
            table(
              'PEG score (0 to 10, lower is better) and your activities (0 to 10, higher is better)',
              ['Week of', 'PEG score', 'Your activities'],
              view.weekly.map((w) => [
                formatDay(w.day),
                w.peg_score,
                w.activities.map((a) => `${a.name}: ${a.score}`).join('; ') || 'none',
              ]),
            ),
          )
        : null,
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'sessions-title' },
        h('h2', { id: 'sessions-title' }, 'Sessions'),
        h('p', { dataset: { aim: '' } }, view.aim.summary),
        h(
          'ul',
          { class: 'plain-list small', 'aria-label': 'Sessions and breaks by week' },
          view.aim.weeks
            .slice(1)
            .map((w) =>
              h(
                'li',
                {},
                `Week of ${formatDay(w.starts)}: ${w.sessions} session${w.sessions === 1 ? '' : 's'}${view.aim.target === null ? '' : ` (aim ${view.aim.target})`}, ${w.breaks} movement break${w.breaks === 1 ? '' : 's'}`,
              ),
            ),
        ),
        view.sessions.length
          ? table(
              `${view.sessions_total} session${view.sessions_total === 1 ? '' : 's'} in total, newest first`,
              ['Started', 'Routine', 'Sets done', 'How it ended'],
              view.sessions.map((s) => [
                formatDate(s.started_at),
                s.routine_name,
                `${s.work_steps_completed} of ${s.work_steps_total}`,
                s.how_it_ended,
              ]),
            )
          : h('p', { class: 'small' }, 'No sessions yet. Routines are on the Routines screen.'),
      ),
    ),
  );
  document.body.dataset.screen = 'progress';
}

export async function showProgress() {
  try {
    renderProgress(await api.progress());
  } catch (error) {
    showError(error, showProgress);
  }
}
