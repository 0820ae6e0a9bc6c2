// axe-core (the npm package) run inside the real app's webview on every
// screen, in the light and the dark theme: no violation of the WCAG 2.0, 2.1
// and 2.2 level A and AA rules. Every screen's findings are gathered first and
// compared at the end, so one run lists them all.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { saveScreenshot, startDriver } from './harness.mjs';
import { answerAll, calmAnswers, sciaticaAnswers, startTriage } from './triage-steps.mjs';
import { checkIn, click, openPrintWindow, screen, startRoutine } from './app-steps.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const drivers = [];
after(() => {
  for (const driver of drivers) driver.stop();
});

/// Runs axe on the page as it is now; returns its violations in short.
async function audit(app) {
  if (!(await app.execute('return typeof window.axe === "object"'))) await app.execute(`${axeSource}; return true;`);
  // Animations and transitions settle before colours are measured.
  await new Promise((r) => setTimeout(r, 250));
  const result = await app.executeAsync(`
    const done = arguments[arguments.length - 1];
    axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG)} }, resultTypes: ['violations'] })
      .then((r) => done(r.violations.map((v) => ({
        rule: v.id, impact: v.impact,
        where: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ': ' + n.failureSummary.split('\\n').slice(1).join(' ').trim()),
      }))), (e) => done([{ rule: 'axe failed', where: [String(e)] }]));`);
  return result;
}

/// A triage walked to its result, auditing the questions named in `questions`.
async function triageTo(app, answers, level, check, questions = []) {
  await click(app, 'a[data-nav="triage"]');
  const outcome = await answerAll(app, answers, {
    onQuestion: async (id) => {
      if (questions.includes(id)) await check(`question: ${id}`);
    },
  });
  assert.equal(outcome.level, level);
  await check(`result: ${level}`);
}

async function everyScreen(theme, env) {
  const d = await startDriver({ env });
  drivers.push(d);
  const app = await d.open();
  // The theme under audit is the one the page is in: a dark run that fell
  // back to light would audit the light colours twice.
  assert.equal(
    await app.execute('return matchMedia("(prefers-color-scheme: dark)").matches'),
    theme === 'dark',
    `the ${theme} theme is active`,
  );
  const findings = {};
  let audited = 0;
  const check = async (name) => {
    audited += 1;
    const violations = await audit(app);
    if (violations.length) {
      findings[name] = violations;
      await saveScreenshot(app, `a11y-${theme}-${name.replace(/\W+/g, '-')}`);
    }
  };

  await check('home, first run');
  // Each kind of question (yes/no, choice, scale) and each result level; the
  // calm one last, so that routines are offered afterwards.
  await startTriage(app);
  await triageTo(app, { ...calmAnswers, bladder_bowel: true }, 'emergency', check, ['bladder_bowel']);
  await triageTo(app, { ...calmAnswers, cancer_history: true }, 'urgent', check);
  await click(app, 'a[data-nav="plan"]');
  await screen(app, 'plan');
  await check('plan, a clearance offered');
  await triageTo(app, sciaticaAnswers, 'soon', check, ['leg_symptoms', 'leg_weakness', 'below_knee']);
  await triageTo(app, { ...calmAnswers, pain_during_exercise: 7, warm_up: 'worsens' }, 'stop', check, [
    'pain_during_exercise',
    'warm_up',
  ]);
  await triageTo(app, { ...calmAnswers, pain_during_exercise: 4 }, 'modify', check, ['age_band', 'duration']);
  await triageTo(app, calmAnswers, 'continue', check);
  await click(app, 'a[data-nav="home"]');
  await screen(app, 'home');
  await check('home, with a result');

  await click(app, 'a[data-nav="library"]');
  await screen(app, 'library');
  await check('library');
  await click(app, '[data-exercise="bird_dog"] a');
  await screen(app, 'exercise');
  await check('exercise detail');

  await click(app, 'a[data-nav="routines"]');
  await screen(app, 'routines');
  await check('routines');
  // The routine builder, with an exercise and one carrying a caution (every
  // caution shows before the kind of pain is clear).
  await click(app, '[data-action="build-routine"]');
  await screen(app, 'own-builder');
  for (const id of ['bird_dog', 'hamstring_stretch']) {
    await app.execute(`document.querySelector('#add-exercise').value = '${id}'`);
    await click(app, '[data-action="add-exercise"]');
  }
  await app.waitFor('return document.querySelectorAll(".builder-item").length === 2');
  await check('routine builder');
  await click(app, 'a[data-nav="routines"]');
  await screen(app, 'routines');
  await click(app, '[data-routine="gentle_mobility"] [data-action="choose-routine"]');
  await check('routines, starting pain');
  await click(app, 'label[for="start-pain-2"]');
  await click(app, '[data-action="start-session"]');
  await screen(app, 'session');
  await app.waitFor('return document.body.dataset.sessionState === "running"', { what: 'the session clock' });
  await check('session, running');
  await app.keys('c');
  await app.waitFor('return !document.querySelector("form.check-in").hidden');
  await check('session, pain check-in');
  await checkIn(app, 7, false);
  await screen(app, 'session-end');
  await check('session, stopped for pain');
  // The routines are held until the pain settles overnight.
  await click(app, 'a[data-nav="routines"]');
  await screen(app, 'routines');
  await check('routines, held after a pain stop');

  await click(app, 'a[data-nav="plan"]');
  await screen(app, 'plan');
  await check('plan');
  const main = await openPrintWindow(app);
  await check('print view');
  await app.request('DELETE', '/window');
  await app.request('POST', '/window', { handle: main });

  await click(app, 'a[data-nav="progress"]');
  await screen(app, 'progress');
  await check('progress');
  await click(app, '[data-action="daily-check-in"]');
  await screen(app, 'check-in');
  await check('daily check-in');
  await app.execute('location.hash = "weekly"');
  await screen(app, 'weekly');
  await check('weekly check-in');

  await click(app, 'a[data-nav="settings"]');
  await screen(app, 'settings');
  await check('settings');
  await click(app, '[data-action="reset-plan"]');
  await check('settings, confirming a new plan');
  await click(app, '[data-action="cancel"]');
  await click(app, 'a[data-nav="help"]');
  await screen(app, 'help');
  await check('help');
  await click(app, 'a[data-nav="about"]');
  await screen(app, 'about');
  await check('about');

  await app.close();
  return { findings, audited };
}

for (const [theme, env] of [
  ['light', {}],
  ['dark', { GTK_THEME: 'Adwaita:dark' }],
]) {
  test(`axe finds no WCAG 2.2 A or AA violation on any screen, ${theme} theme`, async () => {
    const { findings, audited } = await everyScreen(theme, env);
    assert.ok(audited >= 30, `${audited} screens audited`);
    assert.deepEqual(findings, {});
  });
}

/// What a screen reader would hear: every text that lands in a live region
/// (role status, alert, log or an aria-live other than off) while it is watched.
const LISTEN = `
  window.heard = [];
  const live = (el) => el.closest('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]');
  new MutationObserver((changes) => {
    for (const change of changes) {
      const target = change.target.nodeType === 1 ? change.target : change.target.parentElement;
      const region = target && live(target);
      if (region && region.textContent.trim()) window.heard.push(region.textContent.trim());
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
  window.ticks = 0;
  new MutationObserver(() => { window.ticks += 1; })
    .observe(document.querySelector('.countdown'), { subtree: true, childList: true, characterData: true });
  return true;`;

test('the session timer is announced at each new step, not at every tick', async () => {
  const d = await startDriver();
  drivers.push(d);
  const app = await d.open();
  await startTriage(app);
  await answerAll(app, calmAnswers);
  await startRoutine(app, 'two_minute_reset', 1);
  assert.equal(
    await app.execute('return document.querySelector(".countdown").getAttribute("role")'),
    'timer',
    'a timer, which screen readers do not read out by itself',
  );
  await app.execute(LISTEN);
  // The 10-second "get ready" ends and the first exercise begins within 14 s.
  await app.waitFor('return document.querySelector(".step-kind").textContent === "Exercise"', { timeout: 15000 });
  await new Promise((r) => setTimeout(r, 3000));
  const { heard, ticks } = await app.execute('return { heard: window.heard, ticks: window.ticks }');
  assert.ok(ticks >= 8, `the countdown moved ${ticks} times`);
  assert.ok(heard.length >= 1 && heard.length <= 3, `announced: ${JSON.stringify(heard)}`);
  assert.ok(
    heard.some((text) => /Cat-cow/.test(text)),
    `the new step is named: ${JSON.stringify(heard)}`,
  );
  assert.ok(
    heard.every((text) => !/^\d+:\d\d$/.test(text)),
    'no bare clock readings',
  );
  await app.close();
});

/// Content that cannot be seen whole: a sideways scroll of the page, or an
/// element that clips its own text.
const LOST = `
  const lost = [];
  if (document.documentElement.scrollWidth > innerWidth + 1) lost.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + innerWidth);
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.visually-hidden, [hidden], svg') || !el.getClientRects().length) continue;
    const style = getComputedStyle(el);
    const clips = (o) => o === 'hidden' || o === 'clip';
    if ((clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
      lost.push((el.id ? '#' + el.id : el.tagName.toLowerCase() + '.' + [...el.classList].join('.')) + ' clips its content');
    }
  }
  return lost;`;

test('text at 200% loses no content on any screen', async () => {
  const d = await startDriver();
  drivers.push(d);
  const app = await d.open();
  await app.setRect({ width: 1000, height: 760 });
  // The person's default text size doubled: every size in the style sheet is in rem or em.
  const bigger = async () => app.execute('document.documentElement.style.fontSize = "200%"; return true');
  await bigger();
  const lost = {};
  const check = async (name) => {
    const found = await app.execute(LOST);
    if (found.length) lost[name] = found;
    if (['home', 'question', 'result', 'session'].includes(name)) await saveScreenshot(app, `text-200-${name}`);
  };
  await check('home');
  await startTriage(app);
  await answerAll(app, calmAnswers, {
    onQuestion: async (id) => {
      if (id === 'bladder_bowel' || id === 'pain_during_exercise')
        await check(id === 'bladder_bowel' ? 'question' : 'pain scale');
    },
  });
  await check('result');
  for (const [nav, name] of [
    ['library', 'library'],
    ['routines', 'routines'],
    ['plan', 'plan'],
    ['progress', 'progress'],
    ['settings', 'settings'],
    ['help', 'help'],
    ['about', 'about'],
  ]) {
    await click(app, `a[data-nav="${nav}"]`);
    await screen(app, name);
    await check(name);
  }
  await click(app, 'a[data-nav="library"]');
  await screen(app, 'library');
  await click(app, '[data-exercise="bird_dog"] a');
  await screen(app, 'exercise');
  await check('exercise');
  await click(app, 'a[data-nav="progress"]');
  await screen(app, 'progress');
  await click(app, '[data-action="daily-check-in"]');
  await screen(app, 'check-in');
  await check('daily check-in');
  await startRoutine(app, 'gentle_mobility', 2);
  await check('session');
  assert.equal(
    await app.execute('return getComputedStyle(document.body).fontSize'),
    '32px',
    'the text really is twice the size',
  );
  assert.deepEqual(lost, {});
  await app.close();
});
