// The triage by keyboard alone: Tab, arrow keys, Space and Enter through the
// WebDriver actions API, never a click.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { saveScreenshot, startDriver } from './harness.mjs';
import { Keys } from './webdriver.mjs';
import { calmAnswers, currentScreen } from './triage-steps.mjs';

let driver;
after(() => driver?.stop());

const focused = (session) => session.execute(`
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

/// Home opens with focus on its heading; the first Tab reaches the start button.
async function startByKeyboard(app) {
  assert.equal(await focused(app), 'home-title');
  await app.keys(Keys.TAB);
  assert.equal(await focused(app), 'start-triage');
  await app.keys(Keys.ENTER);
}
