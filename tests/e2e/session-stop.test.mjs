// Real-window tests of stopping a session: the check that follows asks how
// the back is, and what it hears acts like a check-in (kept apart from
// session.test.mjs so that neither file runs near the per-file time limit).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { saveScreenshot } from './harness.mjs';
import { appAfterCalmTriage, plan } from './session-setup.mjs';
import { click, startRoutine, stopByKeyboard, text } from './app-steps.mjs';

test('stopping a session asks how the back is, and a high pain then acts like a check-in', async () => {
  const { d, app } = await appAfterCalmTriage();
  await startRoutine(app, 'gentle_mobility', 2);
  await stopByKeyboard(app);
  await app.waitFor('return document.body.dataset.screen === "session-end"');
  assert.equal(await text(app, 'h1'), 'Session stopped');
  assert.match(await text(app, '.after-session'), /How is your back now/);
  await click(app, 'label[for="end-pain-7"]');
  await click(app, 'label[for="end-spreading-false"]');
  await saveScreenshot(app, 'session-stopped-asks-pain');
  await click(app, '[data-action="end-check"]');
  await app.waitFor('return document.querySelector(".aftercare")', { what: 'the aftercare' });
  assert.match(await text(app, '.after-session'), /7 out of 10/);
  assert.match(await text(app, '.aftercare'), /heat/i);
  await saveScreenshot(app, 'session-stopped-aftercare');
  assert.equal(plan(d).sessions[0].end_check.pain, 7);
  await click(app, '[data-action="routines"]');
  await app.waitFor('return document.body.dataset.screen === "routines"');
  assert.match(await text(app, '[data-note="routines"]'), /stopped because of pain/);
  await app.close();
});

test('numbness said after stopping a session is a nerve sign: a new check, not "stopping was fine"', async () => {
  const { d, app } = await appAfterCalmTriage();
  await startRoutine(app, 'two_minute_reset', 1);
  await click(app, '[data-action="stop"]');
  await app.waitFor('return document.body.dataset.screen === "session-end"');
  await click(app, 'label[for="end-pain-3"]');
  await click(app, 'label[for="end-spreading-false"]');
  await click(app, 'label[for="end-numb"]');
  await click(app, '[data-action="end-check"]');
  await app.waitFor('return !!document.querySelector("[data-action=check-again]")', { what: 'the new check offered' });
  assert.match(await text(app, '.after-session'), /nerve/);
  assert.doesNotMatch(await text(app, '.after-session'), /was fine/);
  assert.equal(plan(d).sessions[0].end_check.leg_numbness, true);
  await saveScreenshot(app, 'session-stopped-numbness');
  await app.close();
});

test('a warning sign ticked after stopping a session goes straight to the emergency result', async () => {
  const { d, app } = await appAfterCalmTriage();
  await startRoutine(app, 'two_minute_reset', 1);
  await stopByKeyboard(app);
  await app.waitFor('return document.body.dataset.screen === "session-end"');
  // A person may stop because of a sign: the end check asks about them too,
  // and a tick needs no other answer.
  await click(app, 'label[for="end-sign-saddle_numbness"]');
  await saveScreenshot(app, 'session-stopped-sign');
  await click(app, '[data-action="end-check"]');
  await app.waitFor('return document.querySelector("section.result[data-level=emergency]")', {
    what: 'the emergency result',
  });
  assert.equal(plan(d).triage_history.at(-1).outcome.level, 'emergency');
  await app.close();
});
