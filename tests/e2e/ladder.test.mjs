// The exercise ladder in the real window: two easy sessions that settled by
// the next morning offer the next version on the routines screen; moving up
// is saved, the offer goes, and the exercise's page marks the new version. A
// version that moves differently (cat-cow on a chair) is shown and run as
// itself: its own drawing and steps, in the library and in a session.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { saveScreenshot, startDriver } from './harness.mjs';
import { answerAll, calmAnswers, startTriage } from './triage-steps.mjs';
import { click, rendered, startRoutine, stopByKeyboard, text } from './app-steps.mjs';

const drivers = [];
after(() => {
  for (const driver of drivers) driver.stop();
});

const day = (daysAgo) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/// A completed core-stability session with one glute-bridge check-in at pain 1,
/// and the next morning's check-in saying the back had settled.
function easySession(daysAgo) {
  const [on, next] = [day(daysAgo), day(daysAgo - 1)];
  return {
    session: {
      routine: 'core_stability',
      routine_name: 'Core stability',
      started_at: `${on}T08:00:00Z`,
      ended_at: `${on}T08:12:00Z`,
      start_pain: 1,
      work_steps_completed: 2,
      work_steps_total: 2,
      check_ins: [
        { exercise: 'glute_bridge', pain: 1, spreading_down_leg: false, warning_sign: false, action: 'continue' },
      ],
      ended: 'completed',
      day: on,
    },
    morning: {
      day: next,
      recorded_at: `${next}T07:30:00Z`,
      pain_now: 0,
      exercise: null,
      settled: 'yes',
      warning_sign: false,
    },
  };
}

/// A driver whose app has saved a calm check and closed, and its plan file
/// and plan, for a test to write the person's history into.
async function afterCalmCheck() {
  const d = await startDriver();
  drivers.push(d);
  const app = await d.open();
  await startTriage(app);
  assert.equal((await answerAll(app, calmAnswers)).level, 'continue');
  await app.close();
  const file = join(d.dataDir, 'plan.json');
  return { d, file, plan: JSON.parse(readFileSync(file, 'utf8')) };
}

test('two easy settled sessions offer the next version, and moving up is kept', async () => {
  const { d, file, plan } = await afterCalmCheck();
  // The person is back to normal training, with two easy sessions last week.
  plan.return_checklist.push({
    criteria: { daily_activities_pain_free: true, full_range_without_discomfort: true, no_painkillers_needed: true },
    updated_at: new Date().toISOString(),
  });
  for (const daysAgo of [6, 4]) {
    const { session, morning } = easySession(daysAgo);
    plan.sessions.push(session);
    plan.daily_check_ins.push(morning);
  }
  writeFileSync(file, JSON.stringify(plan));

  const app = await d.open();
  await app.execute('location.hash = "routines"');
  await app.waitFor('return document.body.dataset.screen === "routines"');
  await app.waitFor('return !!document.querySelector("[data-offer=glute_bridge]")', { what: 'the offer' });
  assert.match(await text(app, '[data-offer=glute_bridge] h2'), /^Two easy sessions of Glute bridge/);
  await saveScreenshot(app, 'ladder-offer');
  await click(app, '[data-offer=glute_bridge] [data-action="accept-rung"]');
  await app.waitFor('return !document.querySelector("[data-offer]") && document.body.dataset.screen === "routines"', {
    what: 'the offer answered',
  });
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  assert.deepEqual(
    saved.rung_decisions.map((r) => [r.exercise, r.to, r.accepted]),
    [['glute_bridge', 'harder', true]],
  );

  await app.execute('location.hash = "exercise/glute_bridge"');
  await app.waitFor('return !!document.querySelector(".rung--current")', { what: 'the ladder' });
  assert.equal(await app.execute('return document.querySelector(".rung--current").dataset.rung'), 'harder');
  assert.match(await text(app, '.rung--current'), /Glute bridge, more repetitions/);
  await app.waitFor('const i = document.querySelector(".figure-moving"); return i.complete && i.naturalWidth > 0');
  await app.execute('document.querySelector("[data-ladder]").scrollIntoView()');
  await saveScreenshot(app, 'ladder-exercise');
  await app.close();
});

test('a version that is a movement of its own is drawn and run as itself', async () => {
  const { d, file, plan } = await afterCalmCheck();
  // The person is on cat-cow's easier version: seated on a chair.
  plan.rung_decisions.push({ exercise: 'cat_cow', to: 'easier', accepted: true, decided_at: new Date().toISOString() });
  writeFileSync(file, JSON.stringify(plan));

  const app = await d.open();
  await app.execute('location.hash = "exercise/cat_cow"');
  await app.waitFor('return !!document.querySelector(".rung--current")', { what: 'the ladder' });
  assert.equal(await app.execute('return document.querySelector(".rung--current").dataset.rung'), 'easier');
  assert.match(await text(app, '.rung--current strong'), /^Seated cat-cow$/);
  // The page leads with the person's version: its name, drawing and steps.
  assert.match(await text(app, '#your-version'), /^Your version: Seated cat-cow/);
  await app.waitFor('const i = document.querySelector(".figure-moving"); return i.complete && i.naturalWidth > 0', {
    what: "the seated version's drawing",
  });
  assert.match(await app.execute('return document.querySelector(".figure-moving").src'), /cat_cow-easier\.svg$/);
  assert.match(await app.execute('return document.querySelector(".figure-moving").alt'), /chair/);
  assert.match(await text(app, '.exercise-detail .card ol'), /^Sit tall near the front of a steady chair/);
  // The standard version, no longer the one drawn above, is drawn in the ladder.
  const strip = '[data-rung=standard] .rung-movement img';
  assert.equal(await app.execute(rendered(strip)), true);
  assert.match(await app.execute(`return document.querySelector(${JSON.stringify(strip)}).src`), /cat_cow-poses\.svg$/);
  assert.equal(await app.execute('return !!document.querySelector(".rung--current .rung-movement")'), false);
  await saveScreenshot(app, 'ladder-own-movement');

  // The routine lists the exercise as the person's version of it.
  await click(app, 'a[data-nav="routines"]');
  await app.waitFor('return !!document.querySelector("[data-routine=two_minute_reset]")', { what: 'the routines' });
  assert.match(await text(app, '[data-routine=two_minute_reset] .plain-list'), /Seated cat-cow/);

  await startRoutine(app, 'two_minute_reset', 1);
  assert.equal(await text(app, '#session-title'), 'Seated cat-cow');
  assert.equal(await text(app, '.step-version'), 'The easier version of Cat-cow');
  await app.waitFor(
    'const i = document.querySelector(".session-figure .figure-moving"); return i.complete && i.naturalWidth > 0',
    { what: 'the session drawing' },
  );
  assert.match(
    await app.execute('return document.querySelector(".session-figure .figure-moving").src'),
    /cat_cow-easier\.svg(\?.*)?$/,
  );
  // Getting ready opens the seated version's own steps.
  assert.match(await text(app, '.how-to ol'), /Sit tall near the front of a steady chair/);
  await saveScreenshot(app, 'session-own-movement');
  await stopByKeyboard(app);
  await app.waitFor('return document.body.dataset.screen === "session-end"');
  await app.close();
});
