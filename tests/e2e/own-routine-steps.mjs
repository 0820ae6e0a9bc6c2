// The moves shared by the real-window tests of routines of one's own: an
// app that has had a calm check (so routines may run), and a number field
// set as a person types it.

import assert from 'node:assert/strict';
import { startDriver } from './harness.mjs';
import { answerAll, calmAnswers, startTriage } from './triage-steps.mjs';

/// Opens the app with `env` after a calm check; its driver joins `drivers`,
/// which the caller stops.
export async function checkedApp(drivers, env) {
  const d = await startDriver({ env });
  drivers.push(d);
  const app = await d.open();
  await startTriage(app);
  assert.equal((await answerAll(app, calmAnswers)).level, 'continue');
  return { d, app };
}

/// Sets a number field as a person typing would, so its input event fires.
export async function setNumber(app, id, value) {
  const field = await app.find(`#${id}`);
  await app.execute(`document.querySelector('#${id}').value = ''`);
  await field.type(String(value));
}
