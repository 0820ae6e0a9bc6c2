// The recovery plan in the real window: the screen, saving the printable
// page, and printing from a window of its own.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveScreenshot, startDriver } from './harness.mjs';
import { answerAll, calmAnswers, startTriage } from './triage-steps.mjs';
import { click, openPrintWindow, text } from './app-steps.mjs';

const drivers = [];
after(() => drivers.forEach((d) => d.stop()));


/// A Documents folder of the test's own, declared the way the desktop does
/// (XDG user-dirs), so the app's "Save" lands there.
function documentsFolder() {
  const root = mkdtempSync(join(tmpdir(), 'spinewise-home-'));
  const documents = join(root, 'Documents');
  mkdirSync(documents);
  mkdirSync(join(root, 'config'));
  writeFileSync(join(root, 'config', 'user-dirs.dirs'), `XDG_DOCUMENTS_DIR="${documents}"\n`);
  return { documents, env: { XDG_CONFIG_HOME: join(root, 'config') } };
}

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
  await app.close();
});
