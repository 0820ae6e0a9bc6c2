// A routine of one's own in the real window: built from the library at the
// person's doses and order, run as a guided session, saved as a file, read
// into a fresh data folder (the builder shows what it holds before anything
// is kept), and run again there.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentsFolder, saveScreenshot } from './harness.mjs';
import { checkedApp, setNumber } from './own-routine-steps.mjs';
import { click, openPrintWindow, screen, stopByKeyboard, text } from './app-steps.mjs';

const drivers = [];
after(() => {
  for (const driver of drivers) driver.stop();
});

async function addExercise(app, id) {
  await app.execute(`document.querySelector('#add-exercise').value = '${id}'`);
  await click(app, '[data-action="add-exercise"]');
  await app.waitFor(`return !!document.querySelector('.builder-item[data-exercise="${id}"]')`, { what: `${id} added` });
}

/// Starts the own routine from the routines screen at pain 1, and returns
/// the first step's name once the session shows it; then stops the session
/// with its Stop button, or by keyboard (Esc asks, Enter stops).
async function runOwn(app, id, { byKeyboard = false } = {}) {
  await click(app, `[data-routine="${id}"] [data-action="choose-routine"]`);
  await click(app, 'label[for="start-pain-1"]');
  await click(app, '[data-action="start-session"]');
  await screen(app, 'session');
  await app.waitFor('return !!document.querySelector("#session-title")?.textContent', { what: 'the first step' });
  const first = await text(app, '#session-title');
  // The note written for the exercise shows while it runs.
  assert.match(await text(app, '.session-note'), /Note for this exercise: Keep your hips level/);
  await saveScreenshot(app, 'own-routine-session');
  if (byKeyboard) {
    await stopByKeyboard(app);
  } else {
    await click(app, '[data-action="stop"]');
  }
  await screen(app, 'session-end');
  return first;
}

test('a routine is built, run, saved as a file, read into a fresh plan and run again', async () => {
  const { documents, env } = documentsFolder();
  const { d, app } = await checkedApp(drivers, env);
  await click(app, 'a[data-nav="routines"]');
  await screen(app, 'routines');
  await click(app, '[data-action="build-routine"]');
  await screen(app, 'own-builder');

  await (await app.find('#routine-name')).type("Jo's routine");
  await (await app.find('#routine-from')).type('Physio Jo');
  // Cancel asks before throwing the work away; Cancel on that question stays.
  await click(app, '[data-action="leave-builder"]');
  await app.waitFor('return document.activeElement?.getAttribute("role") === "alertdialog"', {
    what: 'the leave question',
  });
  await click(app, '.confirm [data-action="cancel"]');
  assert.equal(await app.execute('return document.body.dataset.screen'), 'own-builder');
  await addExercise(app, 'glute_bridge');
  await setNumber(app, 'item-0-reps', 10);
  await addExercise(app, 'bird_dog');
  await setNumber(app, 'item-1-reps', 6);
  await (await app.find('#item-1-note')).type('Keep your hips level');
  // Bird dog first: its Move up button, by keyboard focus, as a person would.
  await click(app, '.builder-item[data-exercise="bird_dog"] [data-action="move-up"]');
  assert.deepEqual(
    await app.execute('return [...document.querySelectorAll(".builder-item")].map((e) => e.dataset.exercise)'),
    ['bird_dog', 'glute_bridge'],
  );
  await saveScreenshot(app, 'own-routine-builder');

  // Out of bounds: the backend's reason, and nothing kept.
  await setNumber(app, 'item-0-reps', 80);
  await click(app, '[data-action="save-routine"]');
  // The backend's reason beside the exercise it is about, whose dose is focused.
  await app.waitFor('return document.querySelector("#item-0-error").textContent.includes("out of bounds")', {
    what: 'the bounds refusal beside its exercise',
  });
  assert.match(await text(app, '#item-0-error'), /^Not saved\. The dose of Bird-dog is out of bounds/);
  assert.equal(await app.execute('return document.activeElement.id'), 'item-0-reps');
  assert.equal(await app.execute('return document.activeElement.getAttribute("aria-invalid")'), 'true');
  assert.equal(await text(app, '#builder-error'), '');
  // In sight, not only in the page.
  assert.deepEqual(
    await app.execute(
      'const r = document.querySelector("#item-0-error").getBoundingClientRect(); return [r.height > 0, r.top >= 0, r.bottom <= innerHeight]',
    ),
    [true, true, true],
  );
  await saveScreenshot(app, 'own-routine-builder-fault');
  assert.equal(JSON.parse(readFileSync(join(d.dataDir, 'plan.json'), 'utf8')).own_routines.length, 0);
  await setNumber(app, 'item-0-reps', 6);
  await click(app, '[data-action="save-routine"]');
  await screen(app, 'routines');
  const id = "own:Jo's routine";
  const card = JSON.stringify(`[data-routine="${id}"]`);
  await app.waitFor(`return !!document.querySelector(${card})`, { what: 'the kept routine' });
  assert.match(await text(app, `[data-routine="${id}"] .own-items`), /Bird-dog: 6 slow repetitions/);
  const saved = JSON.parse(readFileSync(join(d.dataDir, 'plan.json'), 'utf8')).own_routines;
  assert.deepEqual(
    saved[0].items.map((i) => [i.exercise, i.dose.reps]),
    [
      ['bird_dog', 6],
      ['glute_bridge', 10],
    ],
  );
  await app.execute(`document.querySelector(${card}).scrollIntoView()`);
  await saveScreenshot(app, 'own-routines');

  assert.match(await runOwn(app, id), /Bird-dog/);

  // Saved as a file to hand on.
  await click(app, 'a[data-nav="routines"]');
  await screen(app, 'routines');
  await click(app, `[data-routine="${id}"] [data-action="export-routine"]`);
  await app.waitFor('return document.querySelector("#own-status").textContent.includes("saved as")');
  const [file] = readdirSync(documents).filter((f) => f.startsWith('Spinewise routine'));
  assert.match(file, /^Spinewise routine Jo's routine \d{4}-\d\d-\d\d\.json$/);
  const path = join(documents, file);
  assert.equal(JSON.parse(readFileSync(path, 'utf8')).format, 'spinewise-routine');
  await app.close();

  // A fresh data folder: the file is read into the builder, kept only when added.
  const fresh = await checkedApp(drivers, env);
  await click(fresh.app, 'a[data-nav="routines"]');
  await screen(fresh.app, 'routines');
  await (await fresh.app.find('#routine-file')).type(path);
  await screen(fresh.app, 'own-builder');
  assert.match(await text(fresh.app, '[data-from="file"]'), /nothing is kept until you do/);
  assert.equal(await fresh.app.execute('return document.querySelector("#routine-name").value'), "Jo's routine");
  assert.equal(JSON.parse(readFileSync(join(fresh.d.dataDir, 'plan.json'), 'utf8')).own_routines?.length ?? 0, 0);
  await saveScreenshot(fresh.app, 'own-routine-from-file');
  await click(fresh.app, '[data-action="save-routine"]');
  await screen(fresh.app, 'routines');
  await fresh.app.waitFor(`return !!document.querySelector(${card})`, { what: 'the imported routine' });
  assert.match(await runOwn(fresh.app, id, { byKeyboard: true }), /Bird-dog/);

  // The plan on paper holds it, at its doses.
  await click(fresh.app, 'a[data-nav="plan"]');
  await screen(fresh.app, 'plan');
  assert.match(await text(fresh.app, '[data-section="own-routines"]'), /Jo's routine: about 3 min/);
  const main = await openPrintWindow(fresh.app);
  const paper = await text(fresh.app, 'body');
  assert.match(paper, /Your own routines/);
  assert.match(paper, /Jo's routine \(about 3 min\)/);
  assert.match(paper, /6 slow repetitions, 2 sets/);
  await fresh.app.execute(
    `const h = [...document.querySelectorAll('h2')].find((e) => e.textContent === 'Your own routines');
     window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 10);`,
  );
  await saveScreenshot(fresh.app, 'own-routine-printed');
  await fresh.app.request('POST', '/window', { handle: main });

  // A file that is not a routine: the reason, and nothing added.
  const bogus = join(documents, 'not-a-routine.json');
  writeFileSync(bogus, '{"format": "spinewise-routine", "version": 7}');
  await click(fresh.app, 'a[data-nav="routines"]');
  await screen(fresh.app, 'routines');
  const before = readFileSync(join(fresh.d.dataDir, 'plan.json'));
  await (await fresh.app.find('#routine-file')).type(bogus);
  await fresh.app.waitFor('return document.querySelector("#own-status").textContent.includes("version 7")', {
    what: 'the refusal',
  });
  assert.match(await text(fresh.app, '#own-status'), /Nothing has been added/);
  assert.deepEqual(readFileSync(join(fresh.d.dataDir, 'plan.json')), before);
  await fresh.app.close();
});
