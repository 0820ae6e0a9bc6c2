// What the session test files share: an app with a calm check done (so the
// routines are open), its drivers stopped after the file, and the saved plan.

import { after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDriver } from './harness.mjs';
import { answerAll, calmAnswers, startTriage } from './triage-steps.mjs';

const drivers = [];
after(() => {
  for (const driver of drivers) driver.stop();
});

export async function appAfterCalmTriage() {
  const d = await startDriver();
  drivers.push(d);
  const app = await d.open();
  await startTriage(app);
  assert.equal((await answerAll(app, calmAnswers)).level, 'continue');
  return { d, app };
}

/// The plan file as the app saved it.
export const plan = (d) => JSON.parse(readFileSync(join(d.dataDir, 'plan.json'), 'utf8'));
