// A prescribed exercise that is cautioned for the person's kind of pain, in
// the real window: when the pain reaches 5 during it, the session takes it
// out, the end screen says the routine was finished without it and why, the
// next session of the routine says so before it comes again, and the person
// can leave it out there with one button.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { saveScreenshot, startDriver } from './harness.mjs';
import { calmDocument, planVersion } from './triage-steps.mjs';
import { checkIn, click, screen, sessionState, startRoutine, text } from './app-steps.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'target', 'debug', 'spinewise-cli');
const drivers = [];
after(() => {
  for (const driver of drivers) driver.stop();
});

const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/// A plan with a check twelve days ago that found disc-related pain (its
/// outcome from the real rules, through the CLI), and a routine of one's own
/// that keeps cat-cow, cautioned for that kind, as prescribed for it.
function planWithPrescribedCatCow() {
  const answers = { ...calmDocument, pain_character: 'deep_central' };
  const outcome = JSON.parse(execFileSync(cli, ['triage'], { input: JSON.stringify(answers) }));
  assert.equal(outcome.pain_kind.kind, 'disc_related');
  return {
    format: 'spinewise-plan',
    version: planVersion,
    triage_history: [{ completed_at: iso(Date.now() - 12 * DAY), questionnaire: 2, answers, outcome }],
    own_routines: [
      {
        name: 'Physio plan',
        items: [
          {
            exercise: 'cat_cow',
            dose: { type: 'reps', reps: 8, seconds_per_rep: 5, sets: 1, rest_seconds: 0 },
            prescribed: true,
          },
          { exercise: 'walking', dose: { type: 'continuous', minutes: 1 } },
        ],
        checked_for: 'disc_related',
      },
    ],
  };
}

test('a prescribed, cautioned exercise that hurt is taken out, said at the end, recalled next time and left out by choice', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'spinewise-e2e-'));
  writeFileSync(join(dataDir, 'plan.json'), JSON.stringify(planWithPrescribedCatCow(), null, 2));
  const d = await startDriver({ dataDir });
  drivers.push(d);
  const app = await d.open();
  const id = 'own:Physio plan';

  await startRoutine(app, id, 4);
  await app.waitFor('return document.querySelector("#session-title").textContent === "Cat-cow"', { what: 'cat-cow' });
  // No word of last time yet: only what to watch for.
  assert.doesNotMatch(await text(app, '.session-caution'), /Last time/);
  // Its get-ready (10 s), then the movement itself.
  await app.waitFor('return document.querySelector(".step-kind").textContent === "Exercise"', {
    what: 'cat-cow under way',
    timeout: 20000,
  });
  // 5 during it: the top of the range in which exercise goes on.
  await app.keys('c');
  await app.waitFor('return !document.querySelector("form.check-in").hidden');
  await checkIn(app, 5, false);
  await app.waitFor('return document.querySelector("#session-title").textContent === "Walking"', {
    what: 'cat-cow taken out, the walk next',
  });
  assert.equal(
    await text(app, '.session-message'),
    "Your pain is 5, up from 4 when you started this session. Cat-cow is usually left out for your kind of pain, so Spinewise has taken it out of today's session. Do not do it again until you have spoken with your physiotherapist, and tell them it hurt.",
  );
  await saveScreenshot(app, 'session-caution-left-out');

  // The walk skipped through to its check-in, answered calm: the session is complete.
  await click(app, '[data-action="skip"]');
  await click(app, '[data-action="skip"]');
  await sessionState(app, 'awaiting_check_in');
  await checkIn(app, 2, false);
  await screen(app, 'session-end');
  assert.equal(await text(app, '#end-title'), 'Session complete');
  assert.match(
    await text(app, '[data-after="message"]'),
    /^You finished the routine, without Cat-cow\. Spinewise took Cat-cow out when your pain reached 5 during it/,
  );
  await saveScreenshot(app, 'session-caution-end');
  const saved = JSON.parse(readFileSync(join(dataDir, 'plan.json'), 'utf8'));
  assert.deepEqual(saved.sessions.at(-1).left_out, [{ exercise: 'cat_cow', name: 'Cat-cow', hurt_at: 5 }]);

  // The next session of the routine says so as cat-cow comes, and the
  // person leaves it out with one button: no check-in, nothing blamed.
  await startRoutine(app, id, 1);
  await app.waitFor('return document.querySelector("#session-title").textContent === "Cat-cow"', { what: 'cat-cow' });
  assert.match(
    await text(app, '.session-caution'),
    /^In an earlier session of this routine this exercise hurt: your pain went up during it, or the session stopped during it \(for pain, leg symptoms or a warning sign\)\. Unless your physiotherapist has looked at it since, press Leave it out\./,
  );
  await saveScreenshot(app, 'session-caution-recalled');
  await click(app, '[data-action="leave-out"]');
  await app.waitFor('return document.querySelector("#session-title").textContent === "Walking"', {
    what: 'cat-cow left out by choice',
  });
  assert.equal(await text(app, '.session-message'), "Cat-cow is left out of today's session, as you chose.");
  assert.equal(await app.execute('return document.querySelector("[data-action=leave-out]").hidden'), true);
  await app.close();
});
