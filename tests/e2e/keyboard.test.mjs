// The triage by keyboard alone: Tab, arrow keys, Space and Enter through the
// WebDriver actions API, never a click.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { saveScreenshot, startDriver } from './harness.mjs';
import { Keys } from './webdriver.mjs';
import { calmAnswers, currentScreen } from './triage-steps.mjs';

let driver;
after(() => driver?.stop());

const focused = (session) =>
  session.execute(`
  const el = document.activeElement;
  return el ? (el.dataset.action || el.id || el.tagName.toLowerCase()) : null;`);

/// Tabs into the answers, moves to the wanted one with the arrow keys (which
/// also select it, as radio groups do) and presses Enter.
async function answerByKeyboard(session, value) {
  const ids = await session.execute('return [...document.querySelectorAll("input[name=answer]")].map((i) => i.id)');
  const index = ids.indexOf(`answer-${String(value)}`);
  assert.ok(index >= 0, `no option ${value}`);
  await session.keys(Keys.TAB);
  assert.equal(await focused(session), ids[0], 'Tab from the question lands on its first answer');
  if (index === 0) await session.keys(Keys.SPACE);
  for (let i = 0; i < index; i += 1) await session.keys(Keys.RIGHT);
  await session.keys(Keys.ENTER);
}

test('a whole triage can be done by keyboard alone', async () => {
  driver = await startDriver();
  const app = await driver.open();
  await startByKeyboard(app);
  let screen = await currentScreen(app);
  while (screen.startsWith('question:')) {
    const id = screen.slice('question:'.length);
    assert.equal(await focused(app), 'question-title', 'each new question takes focus at its heading');
    await answerByKeyboard(app, calmAnswers[id]);
    screen = await currentScreen(app, screen);
  }
  assert.equal(screen, 'result:continue');
  assert.equal(await focused(app), 'result-title', 'the result takes focus at its heading');
  await saveScreenshot(app, 'keyboard-result');

  // From the result, Tab reaches the buttons and Enter goes home.
  for (let i = 0; i < 20 && (await focused(app)) !== 'home'; i += 1) await app.keys(Keys.TAB);
  assert.equal(await focused(app), 'home');
  await app.keys(Keys.ENTER);
  await app.waitFor('return document.body.dataset.screen === "home"');
  await app.close();
});

/// A first start opens with focus on the emergency number waiting to be
/// confirmed; confirming it by keyboard brings home back with focus on its
/// heading, and the first Tab from there reaches the start button.
async function startByKeyboard(app) {
  assert.ok(
    await app.execute('return document.activeElement?.classList.contains("number-check")'),
    'a first start leads with the number to confirm',
  );
  await app.keys(Keys.TAB);
  assert.equal(await focused(app), 'confirm-number');
  await app.keys(Keys.ENTER);
  await app.waitFor('return !document.querySelector(".number-check")');
  assert.equal(await focused(app), 'home-title');
  await app.keys(Keys.TAB);
  assert.equal(await focused(app), 'start-triage');
  await app.keys(Keys.ENTER);
}

/// Presses Tab (or Shift+Tab) until the focused element matches `css`: the
/// way a person moves through a screen.
async function focusBy(app, css, { backwards = false } = {}) {
  for (let i = 0; i < 60; i += 1) {
    if (await app.execute(`return !!document.activeElement?.matches(${JSON.stringify(css)})`)) return;
    if (backwards) await app.chord(Keys.SHIFT, Keys.TAB);
    else await app.keys(Keys.TAB);
  }
  throw new Error(`the keyboard never reached ${css}`);
}

/// Focuses the first option of a radio group and moves to the wanted one with
/// the arrow keys, which select as they move.
async function chooseByKeyboard(app, prefix, value) {
  await focusBy(app, `input[id^="${prefix}-"]`);
  const ids = await app.execute(
    `return [...document.activeElement.form.querySelectorAll('input[name="' + document.activeElement.name + '"]')].map((i) => i.id)`,
  );
  const index = ids.indexOf(`${prefix}-${value}`);
  assert.ok(index >= 0, `${prefix}-${value} among ${ids}`);
  if (index === 0) await app.keys(Keys.SPACE);
  for (let i = 0; i < index; i += 1) await app.keys(Keys.RIGHT);
  assert.equal(
    await app.execute(`return document.getElementById(${JSON.stringify(`${prefix}-${value}`)}).checked`),
    true,
  );
}

test('a triage and then a short session, by keyboard alone', async () => {
  const d = await startDriver();
  const app = await d.open();
  after(() => d.stop());
  await startByKeyboard(app);
  let screen = await currentScreen(app);
  while (screen.startsWith('question:')) {
    await answerByKeyboard(app, calmAnswers[screen.slice('question:'.length)]);
    screen = await currentScreen(app, screen);
  }
  assert.equal(screen, 'result:continue');

  // Back up to the header, open Routines, choose the shortest and start it.
  await focusBy(app, 'a[data-nav="routines"]', { backwards: true });
  await app.keys(Keys.ENTER);
  await app.waitFor('return document.body.dataset.screen === "routines"');
  await focusBy(app, '[data-routine="two_minute_reset"] [data-action="choose-routine"]');
  await app.keys(Keys.ENTER);
  await chooseByKeyboard(app, 'start-pain', 1);
  await focusBy(app, '[data-action="start-session"]');
  await app.keys(Keys.ENTER);
  await app.waitFor(
    'return document.body.dataset.screen === "session" && document.body.dataset.sessionState === "running"',
  );

  // Space pauses and resumes; the right arrow moves on; check-ins by keyboard.
  await app.execute('document.activeElement?.blur(); return true');
  await app.keys(Keys.SPACE);
  await app.waitFor('return document.body.dataset.sessionState === "paused"');
  await app.keys(Keys.SPACE);
  await app.waitFor('return document.body.dataset.sessionState === "running"');
  // Esc asks before stopping, holding the clock; Esc again carries on.
  await app.keys(Keys.ESCAPE);
  await app.waitFor(
    'return document.body.dataset.sessionState === "paused" && document.activeElement?.dataset.action === "confirm"',
    { what: 'the stop question, focused, with the clock held' },
  );
  await saveScreenshot(app, 'keyboard-session-stop-question');
  await app.keys(Keys.ESCAPE);
  await app.waitFor('return document.body.dataset.sessionState === "running" && !document.querySelector(".confirm")', {
    what: 'the session carrying on',
  });
  await app.execute('document.activeElement?.blur(); return true');
  const checkIns = [];
  for (let i = 0; i < 40; i += 1) {
    const state = await app.execute(
      'return document.body.dataset.screen === "session-end" ? "ended" : document.body.dataset.sessionState',
    );
    if (state === 'ended') break;
    if (state === 'awaiting_check_in') {
      await app.waitFor('return !document.querySelector("form.check-in").hidden');
      await chooseByKeyboard(app, 'check-in-pain', 2);
      await chooseByKeyboard(app, 'check-in-spreading', false);
      await focusBy(app, '[data-action="submit-check-in"]');
      await app.keys(Keys.ENTER);
      checkIns.push(i);
      await app.waitFor('return document.body.dataset.sessionState !== "awaiting_check_in"');
      await app.execute('document.activeElement?.blur(); return true');
    } else {
      await app.keys(Keys.RIGHT);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  await app.waitFor('return document.body.dataset.screen === "session-end"');
  assert.ok(checkIns.length >= 2, `${checkIns.length} check-ins answered`);
  assert.match(await app.execute('return document.querySelector("h1").textContent'), /Session complete|Session ended/);
  await saveScreenshot(app, 'keyboard-session-end');
  await app.close();
});
