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
const good = readFileSync(join(root, 'core/tests/fixtures/plan-v3.json'));

const drivers = [];
after(() => {
  for (const driver of drivers) driver.stop();
});

const kinds = [
  ['empty', Buffer.alloc(0), /empty/],
  ['truncated', good.subarray(0, Math.floor(good.length / 2)), /not valid JSON/],
  [
    'random bytes',
    Buffer.from(Array.from({ length: 2048 }, (_, i) => ((i * 2654435761) >>> 13) & 255)),
    /not valid JSON/,
  ],
  [
    'invalid UTF-8',
    Buffer.concat([
      Buffer.from('{"format": "spinewise-plan", "version": 3, "settings": {"emergency_number": "9'),
      Buffer.from([0xff]),
      Buffer.from('9"}}'),
    ]),
    /not valid JSON/,
  ],
  ['a newer version', Buffer.from('{"format": "spinewise-plan", "version": 99}'), /newer version/],
  ['wrong types', Buffer.from('{"format": "spinewise-plan", "version": 3, "triage_history": 5}'), /triage_history/],
  [
    'deeply nested',
    Buffer.from(`{"format": "spinewise-plan", "version": 3, "settings": ${'['.repeat(100000)}${']'.repeat(100000)}}`),
    /not valid JSON/,
  ],
  [
    'very large',
    Buffer.concat([
      Buffer.from('{"format": "spinewise-plan", "version": 3, "padding": "'),
      Buffer.alloc(33 * 1024 * 1024, 'x'),
      Buffer.from('"}'),
    ]),
    /too large/,
  ],
];

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
    assert.match(notice.text, says);
    assert.match(notice.text, /backup copy has been restored/);
    const kept = readdirSync(dataDir).filter((name) => name.startsWith('plan.damaged-'));
    assert.equal(kept.length, 1);
    assert.ok(notice.text.includes(kept[0]), 'the notice says where the file is');
    assert.ok(readFileSync(join(dataDir, kept[0])).equals(bytes), 'kept byte for byte');
    if (kind === 'truncated') await saveScreenshot(app, 'damaged-plan-notice');
    await app.close();
  });
}
