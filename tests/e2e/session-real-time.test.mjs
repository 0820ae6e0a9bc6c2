// A whole short routine in the real window, on Rust's clock: it really takes
// two minutes, so it has a file of its own (each file has 180 s).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { saveScreenshot } from './harness.mjs';
import { appAfterCalmTriage, plan } from './session-setup.mjs';
import { Keys } from './webdriver.mjs';
import { checkIn, sessionState, startRoutine, text } from './app-steps.mjs';

test('a short routine runs to the end in real time, with check-ins and a keyboard pause', async () => {
  const { d, app } = await appAfterCalmTriage();
  await startRoutine(app, 'two_minute_reset', 1);
  assert.equal(await text(app, '#session-title'), 'Cat-cow');
  assert.match(await text(app, '.countdown'), /^0:(10|0\d)$/);
  await saveScreenshot(app, 'session-get-ready');

  // Space pauses and resumes; the Rust clock holds while paused.
  await app.keys(Keys.SPACE);
  await sessionState(app, 'paused');
  const held = await text(app, '.countdown');
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await text(app, '.countdown'), held);
  await app.keys(Keys.SPACE);
  await sessionState(app, 'running');

  await app.waitFor('return document.querySelector(".step-kind").textContent === "Exercise"', { timeout: 15000 });
  // Each repetition is paced by the Rust clock: its count, and its beats in turn.
  await app.waitFor('return !document.querySelector(".pace").hidden');
  assert.match(await text(app, '.pace-count'), /^[1-8] of 8$/);
  // Cat-cow uses both sides at once: no side is named.
  assert.equal(await app.execute('return document.querySelector(".pace").textContent.includes("null")'), false);
  assert.equal(await app.execute('return document.querySelector(".pace-side")'), null);
  const cue = await text(app, '.pace-cue');
  assert.ok(['Round the back up', 'Let the back dip'].includes(cue), cue);
  await app.waitFor(`return document.querySelector(".pace-cue").textContent !== ${JSON.stringify(cue)}`, {
    timeout: 4000,
    what: 'the next beat',
  });
  await saveScreenshot(app, 'session-exercise');
  await sessionState(app, 'awaiting_check_in', 50000);
  await saveScreenshot(app, 'session-check-in');
  await checkIn(app, 1, false);
  await app.waitFor('return document.querySelector("#session-title").textContent === "Child\'s pose"');
  // A hold has no count, only the cue to hold.
  await app.waitFor('return document.querySelector(".step-kind").textContent === "Set 1 of 2"', { timeout: 15000 });
  assert.equal(await text(app, '.pace-cue'), 'Hold, and keep breathing');
  assert.equal(await app.execute('return document.querySelector(".pace-count")'), null);
  await sessionState(app, 'awaiting_check_in', 90000);
  await checkIn(app, 2, false);

  await app.waitFor('return document.body.dataset.screen === "session-end"');
  assert.equal(await text(app, 'h1'), 'Session complete');
  assert.match(await text(app, '.session-end'), /completed 3 of 3 sets/);
  await saveScreenshot(app, 'session-complete');
  const session = plan(d).sessions[0];
  assert.equal(session.ended, 'completed');
  assert.deepEqual(
    session.check_ins.map((c) => c.pain),
    [1, 2],
  );
  await app.close();
});
