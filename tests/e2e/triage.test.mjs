// Real-window tests of the guided triage: the app binary, driven through
// tauri-driver and WebKitWebDriver, with a data folder of its own per test.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { saveScreenshot, startDriver } from './harness.mjs';
import {
  answerAll,
  calmAnswers,
  chooseAnswer,
  currentScreen,
  sciaticaAnswers,
  startTriage,
  vignette,
} from './triage-steps.mjs';

const drivers = [];
async function driver(options) {
  const d = await startDriver(options);
  drivers.push(d);
  return d;
}
after(() => {
  for (const driver of drivers) driver.stop();
});

const text = async (session, css) => (await session.find(css)).text();

test('an emergency sign ends the triage at once with the emergency screen and the chosen number', async () => {
  const d = await driver();
  const app = await d.open();

  // The number the emergency screen shows is a setting; nonsense is refused.
  await (await app.find('a[data-nav="settings"]')).click();
  await app.waitFor('return document.body.dataset.screen === "settings"');
  const input = await app.find('#emergency-number');
  await input.type('call mum');
  await (await app.find('[data-action="save-number"]')).click();
  await app.waitFor('return document.querySelector("#number-error").textContent.length > 0');
  assert.match(await text(app, '#number-error'), /digits/);
  await input.clear();
  await input.type('000');
  await (await app.find('[data-action="save-number"]')).click();
  await app.waitFor(
    'return document.querySelector("#emergency-number").placeholder && document.querySelector("#number-help").textContent.includes("Currently: 000")',
  );
  await saveScreenshot(app, 'settings');

  await (await app.find('a[data-nav="home"]')).click();
  await app.waitFor('return document.body.dataset.screen === "home"');
  await startTriage(app);

  // Back undoes the last answer and shows it again.
  let screen = await currentScreen(app);
  assert.equal(screen, 'question:bladder_bowel');
  assert.match(await text(app, '.progress-text'), /^Question 1 of about \d+$/);
  await saveScreenshot(app, 'question-yes-no');
  await chooseAnswer(app, false);
  await (await app.find('[data-action="next"]')).click();
  screen = await currentScreen(app, screen);
  assert.equal(screen, 'question:saddle_numbness');
  await (await app.find('[data-action="back"]')).click();
  screen = await currentScreen(app, screen);
  assert.equal(screen, 'question:bladder_bowel');
  assert.equal(await app.execute('return document.querySelector("#answer-false").checked'), true);

  // Next without an answer asks for one and stays.
  await app.execute('document.querySelector("#answer-false").checked = false');
  await (await app.find('[data-action="next"]')).click();
  await app.waitFor('return document.querySelector("#question-error").textContent.length > 0');

  const { level, asked } = await answerAll(app, {
    bladder_bowel: false,
    saddle_numbness: false,
    sexual_function: false,
    leg_symptoms: 'both_legs',
  });
  assert.equal(level, 'emergency');
  assert.deepEqual(
    asked,
    ['bladder_bowel', 'saddle_numbness', 'sexual_function', 'leg_symptoms'],
    'nothing is asked after the emergency sign',
  );
  assert.equal(await text(app, '.emergency-number'), '000');
  assert.match(await text(app, 'h1'), /emergency care/i);
  assert.match(await text(app, '.reasons'), /both legs/);
  assert.match(await text(app, '.disclaimer'), /not a diagnosis/);
  await saveScreenshot(app, 'result-emergency');
  await app.close();
});

test('a calm triage ends in continue, is saved, and is shown on home after a restart', async () => {
  const d = await driver();
  let app = await d.open();
  await saveScreenshot(app, 'home-first-start');
  await startTriage(app);
  const { level } = await answerAll(app, calmAnswers);
  assert.equal(level, 'continue');
  assert.match(await text(app, 'h1'), /Carry on/);
  assert.match(await text(app, '.reasons'), /safe zone/);
  assert.equal(await text(app, '.kind-label'), 'Muscle soreness');
  assert.match(await text(app, '.disclaimer'), /not a diagnosis/);
  await saveScreenshot(app, 'result-continue');
  await app.close();

  const saved = JSON.parse(readFileSync(join(d.dataDir, 'plan.json'), 'utf8'));
  assert.equal(saved.triage_history.length, 1);
  assert.equal(saved.triage_history[0].outcome.level, 'continue');

  app = await d.open();
  assert.match(await text(app, '.last-result'), /Carry on/);
  await saveScreenshot(app, 'home-after-restart');
  await (await app.find('[data-action="view-last"]')).click();
  await app.waitFor('return document.querySelector("section.result[data-level=continue]")');
  assert.match(await text(app, '.level-name'), /last result/i);
  await app.close();
});

test('high pain during exercise says stop, and pain down one leg says see someone soon', async () => {
  const d = await driver();
  const app = await d.open();
  await startTriage(app);
  let outcome = await answerAll(app, { ...calmAnswers, pain_during_exercise: 7, warm_up: 'worsens' });
  assert.equal(outcome.level, 'stop');
  assert.match(await text(app, '.reasons'), /above 5/);
  assert.match(await text(app, 'ol.plain-list'), /heat/i);
  await saveScreenshot(app, 'result-stop');

  await (await app.find('[data-action="restart"]')).click();
  outcome = await answerAll(app, sciaticaAnswers);
  assert.equal(outcome.level, 'soon');
  assert.ok(outcome.asked.includes('below_knee'), 'leg questions follow "one leg"');
  assert.equal(await text(app, '.kind-label'), 'Sciatica-like (nerve) pain');
  await saveScreenshot(app, 'result-soon');
  await app.close();
});

// The presentations that the first questionnaire could not say, each from the
// clinical vignettes, answered in the real window: each must reach the level
// its source asks for, with the reason on screen.
test('signs the first questionnaire could not say reach their level in the window', async () => {
  const d = await driver();
  const app = await d.open();
  const examples = [
    ['stable-foot-drop', /clearly weak/],
    ['both-legs-weak', /both legs/],
    ['cancer-sciatica', /cancer/],
    ['fever-sciatica', /infection/],
    ['upper-back-chest-pain', /Chest pain/],
    ['worsening-missed-first-question', /getting worse/],
    ['pain-8-and-sciatica', /one leg/],
  ];
  for (const [id, reason] of examples) {
    const { answers, expected } = vignette(id);
    await startTriage(app);
    const { level } = await answerAll(app, answers);
    assert.equal(level, expected, id);
    assert.match(await text(app, '.reasons'), reason, id);
    if (id === 'pain-8-and-sciatica') {
      // Both levels' steps: book the check-up, and end today's session.
      const steps = await text(app, 'ol.plain-list');
      assert.match(steps, /within the next few days/);
      assert.match(steps, /Stop exercising for today/);
    }
    await saveScreenshot(app, `result-${id}`);
    await (await app.find('a[data-nav="home"]')).click();
    await app.waitFor('return document.body.dataset.screen === "home"');
  }
  await app.close();
});

test('on first start the app shows the number it will use and asks to confirm or change it', async () => {
  // Singapore: the region's ambulance number is 995 (999 is the police).
  let d = await driver({ env: { LANG: 'en_SG.UTF-8' } });
  let app = await d.open();
  assert.equal(await app.execute('return document.querySelector(".number-check").dataset.numberCheck'), 'confirm');
  assert.match(await text(app, '.number-check'), /995, the ambulance number for your region \(Singapore\)/);
  // Keyboard users start at the question, not below it.
  assert.equal(await app.execute('return document.activeElement.classList.contains("number-check")'), true);
  // Saving nothing says what to do instead of doing nothing.
  await (await app.find('[data-action="save-number-check"]')).click();
  assert.match(await text(app, '#number-check-error'), /Yes, use 995/);
  await saveScreenshot(app, 'home-number-confirm');
  await (await app.find('[data-action="confirm-number"]')).click();
  await app.waitFor('return !document.querySelector(".number-check") && document.body.dataset.screen === "home"');
  assert.equal(await text(app, '.home-emergency-number'), '995');
  // The person sees that it was saved, not only a box that disappears.
  assert.match(await text(app, '[data-home="saved"]'), /Saved\. Spinewise will show 995/);
  const saved = JSON.parse(readFileSync(join(d.dataDir, 'plan.json'), 'utf8'));
  assert.equal(saved.settings.emergency_number, '995');
  await app.close();

  // A region the app has no number for: it asks, and never guesses one.
  d = await driver({ env: { LANG: 'C.UTF-8' } });
  app = await d.open();
  assert.equal(await app.execute('return document.querySelector(".number-check").dataset.numberCheck'), 'ask');
  assert.equal(await text(app, '.home-emergency-number'), 'your local emergency number');
  await saveScreenshot(app, 'home-number-ask');
  await startTriage(app);
  await answerAll(app, { bladder_bowel: true });
  assert.match(await text(app, '.emergency-call'), /Call your local emergency number now/);
  await (await app.find('a[data-nav="home"]')).click();
  await app.waitFor('return document.querySelector(".number-check")');
  // After an emergency result, home leads with it, above the number question.
  assert.equal(
    await app.execute(
      'return document.querySelector("[data-home=emergency]").compareDocumentPosition(document.querySelector(".number-check")) & Node.DOCUMENT_POSITION_FOLLOWING',
    ),
    4,
  );
  assert.equal(await app.execute('return document.activeElement.dataset.home'), 'emergency');
  await (await app.find('#number-check')).type('911');
  await (await app.find('[data-action="save-number-check"]')).click();
  await app.waitFor('return !document.querySelector(".number-check")');
  assert.equal(await text(app, '.home-emergency-number'), '911');
  await app.close();
});

test('dark mode follows the desktop theme', async () => {
  const d = await driver({ env: { GTK_THEME: 'Adwaita:dark' } });
  const app = await d.open();
  const dark = await app.execute('return matchMedia("(prefers-color-scheme: dark)").matches');
  const background = await app.execute('return getComputedStyle(document.body).backgroundColor');
  await startTriage(app);
  await currentScreen(app);
  await saveScreenshot(app, 'question-dark');
  await (await app.find('a[data-nav="library"]')).click();
  await app.waitFor('return document.body.dataset.screen === "library"');
  await (await app.find('[data-exercise="glute_bridge"] a')).click();
  await app.waitFor('return document.body.dataset.screen === "exercise"');
  await saveScreenshot(app, 'exercise-dark');
  await app.close();
  assert.equal(dark, true, 'WebKitGTK reports the dark theme to the page');
  assert.equal(background, 'rgb(17, 23, 21)');
});
