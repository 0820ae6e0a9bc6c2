// Every exercise's drawing in the real window: the moving figure and its key
// poses (and those of each version that moves differently) load and render
// as images, their text alternative names every key
// pose, the figure really moves between poses, and with reduced motion the
// poses are shown side by side, still. Screenshots in light and dark.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveScreenshot, startDriver } from './harness.mjs';
import { rendered, screen } from './app-steps.mjs';

const drivers = [];
after(() => {
  for (const driver of drivers) driver.stop();
});

async function open(env = {}) {
  const d = await startDriver({ env });
  drivers.push(d);
  return d.open();
}

/// Every exercise in the library, by id.
async function exerciseIds(app) {
  await app.execute('location.hash = "library"');
  await screen(app, 'library');
  return app.execute('return [...document.querySelectorAll("[data-exercise]")].map((e) => e.dataset.exercise)');
}

async function openExercise(app, id) {
  await app.execute(`location.hash = "exercise/${id}"`);
  await app.waitFor(`return document.querySelector('[data-exercise="${id}"] .figure-moving')`, {
    what: `the ${id} page`,
  });
}

test('every exercise drawing renders, names each key pose, and its figure moves', async () => {
  const app = await open();
  const ids = await exerciseIds(app);
  assert.equal(ids.length, 16);
  // The versions that are movements of their own, drawn in each ladder.
  let ownMovements = 0;
  for (const id of ids) {
    await openExercise(app, id);
    assert.equal(await app.execute(rendered('.figure-moving')), true, `${id}: the moving figure renders`);
    assert.equal(await app.execute(rendered('.figure-still')), true, `${id}: the key poses render`);
    const captions = await app.execute(
      'return [...document.querySelectorAll(".pose-captions li")].map((li) => li.textContent)',
    );
    assert.ok(captions.length >= 2, `${id}: at least a start and an end pose`);
    const alt = await app.execute('return document.querySelector(".figure-moving").alt');
    for (const caption of captions) assert.ok(alt.includes(caption), `${id}: "${caption}" is in the text alternative`);
    // The still poses are shown side by side only with reduced motion.
    assert.equal(await app.execute('return getComputedStyle(document.querySelector(".figure-still")).display'), 'none');
    await saveScreenshot(app, `drawing-${id}`);
    const strips = await app.execute(
      `return Promise.all([...document.querySelectorAll(".rung-movement img")].map((i) =>
         i.decode().then(() => i.naturalWidth > 0 && i.alt.startsWith("Drawing of "), () => false)))`,
    );
    assert.ok(strips.every(Boolean), `${id}: every version of its own renders, with a text alternative`);
    ownMovements += strips.length;
  }
  assert.equal(ownMovements, 11, 'the eleven versions that move differently');
  // The figure moves: two pictures of the bird-dog a second apart differ.
  await openExercise(app, 'bird_dog');
  // (Nothing else on the page moves.)
  const before = (await app.screenshot()).toString('base64');
  await new Promise((r) => setTimeout(r, 1200));
  assert.notEqual((await app.screenshot()).toString('base64'), before, 'the figure moves between its key poses');
  await app.close();
});

test('with reduced motion the key poses stand side by side, still; in dark mode the drawings keep their light panel', async () => {
  // WebKitGTK reports reduced motion when GTK's animations are off.
  const config = mkdtempSync(join(tmpdir(), 'spinewise-gtk-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=0\n');
  const app = await open({ XDG_CONFIG_HOME: config, GTK_THEME: 'Adwaita:dark' });
  assert.equal(await app.execute('return matchMedia("(prefers-reduced-motion: reduce)").matches'), true);
  assert.equal(await app.execute('return matchMedia("(prefers-color-scheme: dark)").matches'), true);
  await openExercise(app, 'cat_cow');
  assert.equal(await app.execute('return getComputedStyle(document.querySelector(".figure-moving")).display'), 'none');
  assert.equal(await app.execute('return getComputedStyle(document.querySelector(".figure-still")).display'), 'block');
  assert.equal(await app.execute(rendered('.figure-still')), true);
  await saveScreenshot(app, 'drawing-cat_cow-reduced-motion-dark');
  // The plank's ladder: a wall plank below it and a plank on the toes above,
  // each drawn as itself on the same light panel.
  await openExercise(app, 'modified_plank');
  assert.equal(await app.execute(rendered('[data-rung="easier"] .rung-movement img')), true);
  assert.equal(await app.execute(rendered('[data-rung="harder"] .rung-movement img')), true);
  for (const rung of ['easier', 'harder']) {
    await app.execute(`document.querySelector('[data-rung="${rung}"]').scrollIntoView({ block: "center" })`);
    await saveScreenshot(await app.find(`[data-rung="${rung}"]`), `drawing-modified_plank-${rung}-dark`);
  }
  await app.close();
});
