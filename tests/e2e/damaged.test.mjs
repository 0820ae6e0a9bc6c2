// Damaged plan files met by the real app, one kind of damage at a time: the
// window opens, the home screen tells the person what was wrong and where the
// file was kept, the file is kept byte for byte, and the backup carries on.
// (Every case of the full corpus goes through the app's own start-up in
// src-tauri/src/commands/tests/damaged.rs; these are the kinds, in the window.)

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { saveScreenshot, startDriver } from './harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const casesFile = join(root, 'core/tests/cases/damaged/cases.json');

const drivers = [];
after(() => {
  for (const driver of drivers) driver.stop();
});

/// A case's bytes, by the rules cases.json states (the Rust harnesses read them the same way).
function partBytes(part) {
  if (typeof part.text === 'string') return Buffer.from(part.text.repeat(part.times ?? 1));
  if (typeof part.hex === 'string') return Buffer.from(part.hex, 'hex');
  if (typeof part.pseudo_random_bytes === 'number') {
    return Buffer.from(Array.from({ length: part.pseudo_random_bytes }, (_, i) => ((i * 2654435761) >>> 13) & 255));
  }
  throw new Error(`cases.json: a part that is not text, hex or pseudo_random_bytes: ${JSON.stringify(part)}`);
}

function bytesOf(c) {
  if (c.truncations_of) {
    // One cut, half-way: the Rust harnesses go through every cut.
    const good = readFileSync(resolve(dirname(casesFile), c.truncations_of));
    return good.subarray(0, Math.floor(good.length / 2));
  }
  return Buffer.concat(c.parts.map(partBytes));
}

// The kinds of damage, one case each, in the window.
const kinds = JSON.parse(readFileSync(casesFile, 'utf8'))
  .cases.filter((c) => c.in_window)
  .map((c) => [c.name, bytesOf(c), c.notice]);

for (const [kind, bytes, says] of kinds) {
  test(`a plan file that is ${kind} is kept aside and the person is told`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'spinewise-damaged-'));
    copyFileSync(join(root, 'core/tests/fixtures/plan-v3.json'), join(dataDir, 'plan.backup.json'));
    writeFileSync(join(dataDir, 'plan.json'), bytes);
    const d = await startDriver({ dataDir });
    drivers.push(d);
    const app = await d.open();
    const notice = await app.execute(
      'const n = document.querySelector("[data-notice=store]"); return n && { role: n.getAttribute("role"), text: n.textContent }',
    );
    assert.ok(notice, 'the home screen shows a notice');
    assert.equal(notice.role, 'alert');
    assert.ok(notice.text.includes(says), `the notice names the damage (${says}): ${notice.text}`);
    assert.match(notice.text, /backup copy has been restored/);
    const kept = readdirSync(dataDir).filter((name) => name.startsWith('plan.damaged-'));
    assert.equal(kept.length, 1);
    assert.ok(notice.text.includes(kept[0]), 'the notice says where the file is');
    assert.ok(readFileSync(join(dataDir, kept[0])).equals(bytes), 'kept byte for byte');
    if (kind === 'truncated') await saveScreenshot(app, 'damaged-plan-notice');
    await app.close();
  });
}
