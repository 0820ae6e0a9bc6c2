// The recovery plan in the real window: the screen, saving the printable
// page, and printing from a window of its own.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentsFolder, saveScreenshot, startDriver } from './harness.mjs';
import { answerAll, calmAnswers, startTriage } from './triage-steps.mjs';
import { click, openPrintWindow, text } from './app-steps.mjs';

const drivers = [];
after(() => {
  for (const driver of drivers) driver.stop();
});

test('the plan shows the current phase, saves a printable page and prints from its own window', async () => {
  const { documents, env } = documentsFolder();
  const d = await startDriver({ env });
  drivers.push(d);
  const app = await d.open();
  await startTriage(app);
  assert.equal((await answerAll(app, { ...calmAnswers, pain_during_exercise: 4 })).level, 'modify');

  await click(app, 'a[data-nav="plan"]');
  await app.waitFor('return document.body.dataset.screen === "plan"');
  assert.equal(await app.execute('return document.querySelector(".phase--current").dataset.phase'), 'rebuild');
  assert.match(await text(app, '.red-flag-box'), /bladder/);
  assert.match(await text(app, '.plan'), /heat wrap/);
  await saveScreenshot(app, 'plan');

  await click(app, '[data-action="save-plan"]');
  await app.waitFor('return document.querySelector("#plan-status").textContent.startsWith("Saved")');
  const saved = readdirSync(documents);
  assert.equal(saved.length, 1);
  const page = readFileSync(join(documents, saved[0]), 'utf8');
  assert.match(page, /Your recovery plan/);
  assert.match(page, /You are here/);

  const main = await openPrintWindow(app);
  assert.equal(await text(app, 'h1'), 'Your recovery plan');
  assert.match(await text(app, 'body'), /Habits for the long term/);
  await saveScreenshot(app, 'plan-print-window');
  await app.request('POST', '/window', { handle: main });

  // Printing again while the print window is open brings it back: no error,
  // and still one print window.
  await click(app, '[data-action="print-plan"]');
  await new Promise((r) => setTimeout(r, 1500));
  assert.doesNotMatch(await text(app, '#plan-status'), /could not|already exists/, 'no error under the print button');
  const handles = await app.request('GET', '/window/handles');
  assert.equal(handles.length, 2, 'the main window and one print window');
  await app.close();
});

test('a flag that never clears: a recorded clearance opens gentle routines and is printed', async () => {
  const d = await startDriver();
  drivers.push(d);
  const app = await d.open();
  await startTriage(app);
  // Treated for cancer years ago; otherwise a mild, ordinary ache.
  const { level } = await answerAll(app, { ...calmAnswers, cancer_history: true, pain_during_exercise: 4 });
  assert.equal(level, 'urgent');
  await click(app, 'a[data-nav="plan"]');
  await app.waitFor('return document.body.dataset.screen === "plan"');
  assert.equal(await app.execute('return document.querySelector(".plan").dataset.phase'), 'get_checked');
  assert.match(await text(app, '.clearance'), /Cancer, now or in the past/);

  // Not by accident: without the tick nothing is recorded.
  await app.execute(
    `const d = document.querySelector('#clearance-date'); d.value = d.max; d.dispatchEvent(new Event('input'));`,
  );
  await click(app, '[data-action="record-clearance"]');
  assert.match(await text(app, '#clearance-error'), /Tick the box/);
  const before = JSON.parse(readFileSync(join(d.dataDir, 'plan.json'), 'utf8'));
  assert.deepEqual(before.clearances ?? [], []);
  await click(app, 'label[for="clearance-confirm"]');
  await (await app.find('#clearance-who')).type('Dr Mensah');
  await click(app, '[data-action="record-clearance"]');
  await app.waitFor('return !document.querySelector(".confirm").hidden');
  await saveScreenshot(app, 'plan-clearance-confirm');
  await click(app, '[data-action="confirm-clearance"]');
  await app.waitFor('return document.querySelector("[data-clearance=recorded]")', { what: 'the recorded clearance' });
  assert.equal(await app.execute('return document.querySelector(".plan").dataset.phase'), 'rebuild');
  assert.match(await text(app, '.clearance'), /Dr Mensah/);
  // The signs stay in the box; gentle routines are open.
  assert.match(await text(app, '.red-flag-box'), /Cancer, now or in the past/);
  await saveScreenshot(app, 'plan-cleared');
  await click(app, 'a[data-nav="routines"]');
  await app.waitFor('return document.body.dataset.screen === "routines"');
  assert.ok((await app.execute('return document.querySelectorAll(".routine").length')) > 0);

  await click(app, 'a[data-nav="plan"]');
  await app.waitFor('return document.body.dataset.screen === "plan"');
  const main = await openPrintWindow(app);
  assert.match(await text(app, 'body'), /Cleared to exercise by Dr Mensah/);
  await app.request('POST', '/window', { handle: main });
  await app.close();
});
