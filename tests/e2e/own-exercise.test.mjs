// An exercise of one's own in the real window: written in the builder with
// its steps and a photo (a damaged photo refused on the spot), run as a
// guided session with the photo in place of a drawing, saved as a routine
// file that carries the photo, read into a fresh data folder and run again,
// and printed on the plan.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { crc32, deflateSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentsFolder, saveScreenshot } from './harness.mjs';
import { Keys } from './webdriver.mjs';
import { checkedApp, setNumber } from './own-routine-steps.mjs';
import { click, openPrintWindow, rendered, screen, stopByKeyboard, text } from './app-steps.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const photo = join(root, 'core', 'tests', 'fixtures', 'photos', 'photo.jpg');
const cameraPhoto = join(root, 'core', 'tests', 'fixtures', 'photos', 'camera-sideways.jpg');
const drivers = [];
after(() => {
  for (const driver of drivers) driver.stop();
});

/// A photo as a phone might give one: by default 1600 by 1200 pixels stored
/// without compression (5.5 MiB), far more than Spinewise keeps, and smooth
/// so a smaller copy of it is small.
function phonePhoto(width = 1600, height = 1200) {
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x += 1) {
      rows[row + 1 + x * 3] = (x * 255) / width;
      rows[row + 2 + x * 3] = (y * 255) / height;
      rows[row + 3 + x * 3] = x % 400 < 200 ? 200 : 60;
    }
  }
  const chunk = (kind, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(kind, 'ascii'), data]);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const file = join(mkdtempSync(join(tmpdir(), 'spinewise-photo-')), `from-the-phone-${width}x${height}.png`);
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(rows, { level: 0 })),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
  return file;
}

/// Starts the routine at pain 1 and returns once its first exercise shows
/// with its photo decoded; the caller stops it.
async function runWithPhoto(app, id, shot) {
  await click(app, `[data-routine="${id}"] [data-action="choose-routine"]`);
  await click(app, 'label[for="start-pain-1"]');
  await click(app, '[data-action="start-session"]');
  await screen(app, 'session');
  await app.waitFor('return document.querySelector("#session-title").textContent === "Side-lying clam"', {
    what: 'the exercise of one’s own',
  });
  assert.equal(await app.execute(rendered('.session-figure img.own-photo')), true);
  // What to watch for, and the person's way to leave it out today.
  assert.match(await text(app, '.session-caution'), /^Spinewise has not checked this exercise/);
  assert.notEqual(
    await app.execute('return getComputedStyle(document.querySelector("[data-action=leave-out]")).display'),
    'none',
  );
  assert.deepEqual(await app.execute('return [...document.querySelectorAll(".how-to li")].map((l) => l.textContent)'), [
    'Lie on your side, knees bent.',
    'Lift the top knee, feet together.',
  ]);
  await saveScreenshot(app, shot);
  await stopByKeyboard(app);
  await screen(app, 'session-end');
}

test('an exercise of one’s own with a photo is built, run, saved as a file, read into a fresh plan, run and printed', async () => {
  const { documents, env } = documentsFolder();
  const { app } = await checkedApp(drivers, env);
  await click(app, 'a[data-nav="routines"]');
  await screen(app, 'routines');
  await click(app, '[data-action="build-routine"]');
  await screen(app, 'own-builder');
  await (await app.find('#routine-name')).type('Clam routine');
  await click(app, '[data-action="add-own-exercise"]');
  assert.equal(await app.execute('return document.activeElement.id'), 'item-0-own-name');
  await (await app.find('#item-0-own-name')).type('Side-lying clam');
  // The item's heading follows the name as it is typed.
  assert.equal(await text(app, '#item-0-title'), '1. Side-lying clam');
  // One step a line, with Enter between, as a person types them.
  await (await app.find('#item-0-own-steps')).type(
    `Lie on your side, knees bent.${Keys.ENTER}Lift the top knee, feet together.`,
  );
  // Spinewise has not checked it: kept only with the person's tick.
  assert.match(
    await text(app, '.builder-item .caution'),
    /Your physiotherapist’s exercise: Spinewise has not checked this exercise/,
  );
  await click(app, '.builder-item [data-action="prescribed"]');
  // Each way of doing it starts from the backend's modest dose.
  const chooseKind = (kind) =>
    app.execute(`const s = document.querySelector('#item-0-dose-kind');
      s.value = '${kind}'; s.dispatchEvent(new Event('change'));`);
  await chooseKind('hold');
  assert.equal(await app.execute('return document.querySelector("#item-0-seconds").value'), '20');
  await chooseKind('reps');
  assert.equal(await app.execute('return document.querySelector("#item-0-reps").value'), '8');
  await setNumber(app, 'item-0-reps', 4);
  await setNumber(app, 'item-0-seconds_per_rep', 3);
  await setNumber(app, 'item-0-sets', 1);

  // A damaged "photo" is refused where it was chosen, and nothing is shown:
  // the window never decodes what the backend refused for anything but size.
  await app.execute(`
    window.decodedPhotos = 0;
    const decode = window.createImageBitmap;
    window.createImageBitmap = (...args) => { window.decodedPhotos += 1; return decode(...args); };`);
  const junk = join(mkdtempSync(join(tmpdir(), 'spinewise-photo-')), 'clam.png');
  writeFileSync(junk, readFileSync(photo).subarray(0, 300));
  await (await app.find('#item-0-photo')).type(junk);
  await app.waitFor('return document.querySelector(".own-exercise-fields [role=alert]").textContent !== ""', {
    what: 'the damaged photo refused',
  });
  assert.match(await text(app, '.own-exercise-fields [role=alert]'), /^Not added\. The photo is damaged or cut short/);
  assert.equal(await app.execute('return document.querySelectorAll(".builder-item img").length'), 0);
  assert.equal(await app.execute('return window.decodedPhotos'), 0);

  // A photo far larger than Spinewise keeps is kept as a smaller copy,
  // which the backend checks like any photo.
  await (await app.find('#item-0-photo')).type(phonePhoto());
  await app.waitFor('return !!document.querySelector(".builder-item img.own-photo")', {
    what: 'the smaller copy shown',
  });
  assert.deepEqual(
    await app.execute(
      `const img = document.querySelector(".builder-item img.own-photo");
       return img.decode().then(() => [img.src.slice(0, 23), img.naturalWidth, img.naturalHeight]);`,
    ),
    ['data:image/jpeg;base64,', 1280, 960],
  );
  await app.waitFor(
    `return document.querySelector("#announcer").textContent ===
       "Photo added to Side-lying clam, as a smaller copy (1280 by 960 pixels)."`,
    { what: 'the smaller copy announced' },
  );
  await saveScreenshot(app, 'own-exercise-builder-phone-photo');
  assert.equal(await text(app, '.own-exercise-fields [role=alert]'), '');
  assert.equal(await app.execute('return window.decodedPhotos'), 1);

  // A sound photo too thin for any copy to be kept: the person is told so
  // of their photo, and the copy already kept stays.
  await (await app.find('#item-0-photo')).type(phonePhoto(10_000, 16));
  await app.waitFor('return document.querySelector("#item-0-photo-error").textContent !== ""', {
    what: 'the thin photo refused',
  });
  assert.equal(
    await text(app, '#item-0-photo-error'),
    'Not added. Spinewise could not make a smaller copy of this photo (the photo is 469 KiB, 10000 by 16 pixels; ' +
      'Spinewise keeps photos of up to 256 KiB and 4096 pixels a side). Save a smaller copy of it yourself and choose that.',
  );
  assert.equal(await app.execute('return document.querySelector(".builder-item img.own-photo").naturalWidth'), 1280);
  assert.equal(await app.execute('return document.querySelector("#item-0-photo").disabled'), false);

  // A portrait as a phone stores it: wider than shown, with a note in its
  // camera data to turn it. The copy is drawn the way up it is shown, and
  // keeps none of the camera data.
  await (await app.find('#item-0-photo')).type(cameraPhoto);
  await app.waitFor(
    `return document.querySelector("#announcer").textContent ===
       "Photo added to Side-lying clam, as a smaller copy (91 by 1280 pixels)."`,
    { what: 'the portrait copied the way up it is shown' },
  );
  const kept = await app.execute(
    `const img = document.querySelector(".builder-item img.own-photo");
     return img.decode().then(() => [img.naturalWidth, img.naturalHeight, img.src]);`,
  );
  assert.deepEqual(kept.slice(0, 2), [91, 1280]);
  const keptBytes = Buffer.from(kept[2].slice(kept[2].indexOf(',') + 1), 'base64');
  assert.equal(readFileSync(cameraPhoto).includes('Exif'), true);
  assert.equal(keptBytes.includes('Exif'), false);

  // The real photo: checked by the backend, then shown in the copy's place.
  await (await app.find('#item-0-photo')).type(photo);
  await app.waitFor('return document.querySelector("#announcer").textContent === "Photo added to Side-lying clam."', {
    what: 'the photo shown',
  });
  assert.equal(await app.execute(rendered('.builder-item img.own-photo')), true);
  await saveScreenshot(app, 'own-exercise-builder');
  await click(app, '[data-action="save-routine"]');
  await screen(app, 'routines');
  const id = 'own:Clam routine';
  await app.waitFor(`return !!document.querySelector(${JSON.stringify(`[data-routine="${id}"]`)})`, {
    what: 'the kept routine',
  });
  assert.match(
    await text(app, `[data-routine="${id}"] .own-items`),
    /Side-lying clam \(your own\): 4 slow repetitions/,
  );

  await runWithPhoto(app, id, 'own-exercise-session');

  // Saved as a file: version 2, the photo inside it.
  await click(app, 'a[data-nav="routines"]');
  await screen(app, 'routines');
  await click(app, `[data-routine="${id}"] [data-action="export-routine"]`);
  await app.waitFor('return document.querySelector("#own-status").textContent.includes("saved as")');
  const [file] = readdirSync(documents).filter((f) => f.startsWith('Spinewise routine Clam'));
  const path = join(documents, file);
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(saved.version, 2);
  assert.equal(saved.routine.items[0].exercise.photo.kind, 'jpeg');
  assert.equal(Buffer.from(saved.routine.items[0].exercise.photo.base64, 'base64').equals(readFileSync(photo)), true);
  await app.close();

  // A fresh data folder: read, shown with its photo before it is kept, run.
  const fresh = await checkedApp(drivers, env);
  await click(fresh.app, 'a[data-nav="routines"]');
  await screen(fresh.app, 'routines');
  await (await fresh.app.find('#routine-file')).type(path);
  await screen(fresh.app, 'own-builder');
  assert.equal(await fresh.app.execute('return document.querySelector("#item-0-own-name").value'), 'Side-lying clam');
  assert.equal(await fresh.app.execute(rendered('.builder-item img.own-photo')), true);
  // The file's word that the physiotherapist gave it is shown, never ticked for the person.
  assert.equal(await fresh.app.execute('return document.querySelector("[data-action=prescribed]").checked'), false);
  await click(fresh.app, '.builder-item [data-action="prescribed"]');
  await saveScreenshot(fresh.app, 'own-exercise-from-file');
  await click(fresh.app, '[data-action="save-routine"]');
  await screen(fresh.app, 'routines');
  await runWithPhoto(fresh.app, id, 'own-exercise-session-imported');

  // On paper: the exercise with its steps and photo.
  await click(fresh.app, 'a[data-nav="plan"]');
  await screen(fresh.app, 'plan');
  await openPrintWindow(fresh.app);
  assert.match(await text(fresh.app, 'body'), /Side-lying clam/);
  assert.equal(await fresh.app.execute(rendered('img.photo')), true);
  await fresh.app.close();
});
