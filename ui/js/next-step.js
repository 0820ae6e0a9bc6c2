// @ts-check
// The step that opens routines again when the plan holds them, as a link:
// the backend says which (`Instead`), every screen words it the same.

/** @import { Instead } from './ipc/Instead' */
import { h } from './dom.js';

/** @type {Record<Instead, { href: string, label: string }>} */
const STEPS = {
  check_back_pain: { href: '#triage', label: 'Check my back pain' },
  daily_check_in: { href: '#check-in', label: 'Daily check-in' },
  plan: { href: '#plan', label: 'See my plan' },
};

/**
 * @param {Instead} instead
 * @param {{ primary?: boolean }} [options]
 */
export function nextStepLink(instead, { primary = true } = {}) {
  const step = STEPS[instead];
  return h(
    'a',
    {
      class: `button ${primary ? 'button--primary' : 'button--secondary'}`,
      href: step.href,
      dataset: { action: `next-${instead}` },
    },
    step.label,
  );
}
