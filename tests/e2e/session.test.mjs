// Real-window tests of the exercise library and guided sessions: pacing,
// check-ins and stops. A whole routine on Rust's clock is in session-real-time.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { saveScreenshot } from './harness.mjs';
import { appAfterCalmTriage, plan } from './session-setup.mjs';
import { Keys } from './webdriver.mjs';
import { checkIn, click, sessionState, startRoutine, text } from './app-steps.mjs';

test('the library searches, filters and opens an exercise', async () => {
  const { app } = await appAfterCalmTriage();
  await click(app, 'a[data-nav="library"]');
  await app.waitFor('return document.body.dataset.screen === "library"');
  assert.equal((await app.findAll('.exercise-card')).length, 16);
  await saveScreenshot(app, 'library');
  await (await app.find('#library-search')).type('bridge');
  await app.waitFor('return document.querySelectorAll(".exercise-card").length === 1');
  await (await app.find('#library-search')).clear();
  await app.execute(
    `const s = document.querySelector('#library-pain'); s.value = 'sciatica'; s.dispatchEvent(new Event('input', { bubbles: true }));`,
  );
  // Sciatica leaves out the four exercises with a caution for it, among them the hamstring stretch, child's pose and cat-cow.
  await app.waitFor('return document.querySelectorAll(".exercise-card").length === 12');
  for (const cautioned of ['hamstring_stretch', 'childs_pose', 'cat_cow']) {
    assert.equal(
      await app.execute(`return !!document.querySelector("[data-exercise=${cautioned}]")`),
      false,
      cautioned,
    );
  }
  await click(app, '[data-exercise="bird_dog"] a');
  await app.waitFor('return document.body.dataset.screen === "exercise"');
  assert.equal(await text(app, 'h1'), 'Bird-dog');
  assert.match(await text(app, '.dose'), /8 slow repetitions, 2 sets/);
  assert.equal(
    await app.execute(
      'const i = document.querySelector("[data-exercise=bird_dog] .figure-moving"); return i.complete && i.naturalWidth > 0',
    ),
    true,
  );
  await saveScreenshot(app, 'exercise-detail');
  await app.close();
});

test('repetitions that take turns name the side, and the side changes with each repetition', async () => {
  const { app } = await appAfterCalmTriage();
  await startRoutine(app, 'core_stability', 1);
  assert.equal(await text(app, '#session-title'), 'Dead bug');
  await app.keys(Keys.RIGHT);
  await app.waitFor('return document.querySelector(".step-kind").textContent === "Set 1 of 2"');
  await app.waitFor('return !!document.querySelector(".pace-side")');
  const side = await text(app, '.pace-side');
  assert.ok(['Right arm, left leg', 'Left arm, right leg'].includes(side), side);
  await saveScreenshot(app, 'session-pace-side');
  // Dead bug repetitions last 5 seconds: the other side comes next.
  await app.waitFor(`return document.querySelector(".pace-side").textContent !== ${JSON.stringify(side)}`, {
    timeout: 7000,
    what: 'the other side',
  });
  await app.close();
});

test('a check-in asked for mid-step holds the clock, closes once answered, and lets it run on', async () => {
  const { app } = await appAfterCalmTriage();
  await startRoutine(app, 'two_minute_reset', 1);
  await app.keys('c');
  await app.waitFor('return !document.querySelector("form.check-in").hidden');
  await sessionState(app, 'paused');
  assert.equal(await app.execute('return document.querySelector(".paused-note").hidden'), false);
  const held = await text(app, '.countdown');
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await text(app, '.countdown'), held, 'the clock holds while the person answers');
  await checkIn(app, 1, false);
  await app.waitFor('return document.querySelector("form.check-in").hidden', { what: 'the check-in closed' });
  await sessionState(app, 'running');
  await app.close();
});

test('numbness in a leg at a check-in stops the session as a nerve sign', async () => {
  const { d, app } = await appAfterCalmTriage();
  await startRoutine(app, 'two_minute_reset', 1);
  await app.keys('c');
  await app.waitFor('return !document.querySelector("form.check-in").hidden');
  await click(app, 'label[for="check-in-pain-1"]');
  await click(app, 'label[for="check-in-spreading-false"]');
  await click(app, 'label[for="check-in-numb"]');
  await click(app, '[data-action="submit-check-in"]');
  await app.waitFor('return document.body.dataset.screen === "session-end"');
  assert.match(await text(app, '.session-end'), /numbness or pins and needles/);
  const session = plan(d).sessions[0];
  assert.equal(session.stop_cause, 'spreading_down_leg');
  assert.equal(session.check_ins[0].leg_numbness, true);
  await app.close();
});

test('a pain score of 7 at a check-in stops the session with aftercare', async () => {
  const { d, app } = await appAfterCalmTriage();
  await startRoutine(app, 'gentle_mobility', 2);
  await app.keys('c');
  await app.waitFor('return !document.querySelector("form.check-in").hidden');
  await checkIn(app, 7, false);
  await app.waitFor('return document.body.dataset.screen === "session-end"');
  assert.equal(await text(app, 'h1'), 'Stop for today');
  assert.match(await text(app, '.lead'), /7 out of 10/);
  assert.match(await text(app, '.session-end ol'), /heat/i);
  await saveScreenshot(app, 'session-stopped-for-pain');
  const session = plan(d).sessions[0];
  assert.equal(session.ended, 'stopped_for_pain');
  assert.equal(session.stop_cause, 'pain_above_limit');
  assert.equal(session.check_ins[0].action, 'stop_session');
  // The same routines are not offered again until the pain has settled overnight.
  await click(app, '[data-action="routines"]');
  await app.waitFor('return document.body.dataset.screen === "routines"');
  assert.match(await text(app, '[data-note="routines"]'), /stopped because of pain/);
  assert.equal(await app.execute('return document.querySelectorAll(".routine").length'), 0);
  await saveScreenshot(app, 'routines-held-after-pain-stop');
  await app.close();
});

test('spreading leg symptoms stop the session as a nerve sign and offer a new check, not rest', async () => {
  const { d, app } = await appAfterCalmTriage();
  await startRoutine(app, 'gentle_mobility', 1);
  await app.keys('c');
  await app.waitFor('return !document.querySelector("form.check-in").hidden');
  await checkIn(app, 2, true);
  await app.waitFor('return document.body.dataset.screen === "session-end"');
  const words = await text(app, '.after-session');
  assert.match(words, /nerve/);
  assert.doesNotMatch(words, /\brest\b/);
  await saveScreenshot(app, 'session-stopped-spreading');
  assert.equal(plan(d).sessions[0].stop_cause, 'spreading_down_leg');
  await click(app, '[data-action="check-again"]');
  await app.waitFor('return document.querySelector("form[data-question-id]")', { what: 'the new check' });
  await app.close();
});

test('a warning sign at a check-in goes straight to the emergency result and is saved', async () => {
  const { d, app } = await appAfterCalmTriage();
  await startRoutine(app, 'two_minute_reset', 1);
  await app.keys('c');
  await app.waitFor('return !document.querySelector("form.check-in").hidden');
  await click(app, 'label[for="sign-both_legs"]');
  await checkIn(app, 2, false);
  await app.waitFor('return document.querySelector("section.result[data-level=emergency]")');
  assert.match(await text(app, '.reasons'), /both legs/);
  await saveScreenshot(app, 'session-warning-sign');
  const saved = plan(d);
  assert.equal(saved.sessions[0].ended, 'warning_sign');
  assert.equal(saved.triage_history.at(-1).outcome.level, 'emergency');
  await app.close();
});

test('leaving a running session stops and records it, so a new one can start', async () => {
  const { d, app } = await appAfterCalmTriage();
  await startRoutine(app, 'two_minute_reset', 1);
  await click(app, 'a[data-nav="home"]');
  await app.waitFor('return document.body.dataset.screen === "home"');
  const deadline = Date.now() + 5000;
  while (!plan(d).sessions?.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert.equal(plan(d).sessions[0].ended, 'stopped_by_person');
  await startRoutine(app, 'two_minute_reset', 1);
  assert.equal(await text(app, '#session-title'), 'Cat-cow');
  await app.close();
});
