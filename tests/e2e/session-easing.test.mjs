// Pain at 3-5 in the real window: the session goes on, eased, and says how.
// Its own file: the session's clock is Rust's, so this takes real minutes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { saveScreenshot } from './harness.mjs';
import { appAfterCalmTriage } from './session-setup.mjs';
import { checkIn, sessionState, startRoutine, text } from './app-steps.mjs';

test('pain at 3 eases the exercise under way, then the rest once it is done, and a calm check-in clears the advice', async () => {
  const { app } = await appAfterCalmTriage();
  await startRoutine(app, 'two_minute_reset', 2);
  await app.keys('c');
  await app.waitFor('return !document.querySelector("form.check-in").hidden');
  await checkIn(app, 3, false);
  await app.waitFor('return document.querySelector("#session-title").textContent === "Seated cat-cow"', {
    what: "cat-cow's own easier movement",
  });
  assert.equal(
    await text(app, '.session-message'),
    'Your pain is 3: Cat-cow is switched to Seated cat-cow for the rest of this session.',
  );
  // A new position: 30 s to get ready for it.
  assert.match(await text(app, '.countdown'), /^0:(30|2\d)$/);
  await saveScreenshot(app, 'session-eased');
  // Still 3 at its end: what is left of the session runs a step easier,
  // child's pose as its supported version.
  await sessionState(app, 'awaiting_check_in', 90000);
  await checkIn(app, 3, false);
  await app.waitFor('return document.querySelector("#session-title").textContent === "Supported child\'s pose"', {
    what: "child's pose a step easier",
  });
  assert.match(
    await text(app, '.session-message'),
    /^Your pain is 3: the rest of this session is made a step easier\.$/,
  );
  // Better again: the advice is withdrawn, and leaves the screen.
  await app.keys('c');
  await app.waitFor('return !document.querySelector("form.check-in").hidden');
  await checkIn(app, 2, false);
  await app.waitFor('return document.querySelector(".session-message").textContent === ""', {
    what: 'the advice gone from the screen',
  });
  await app.close();
});
