// The packaging files must agree with each other and with the app: one
// version everywhere, one identifier, and the changelog the .deb carries must
// be the one made from CHANGELOG.md.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { debianChangelog } from '../../scripts/changelog.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path) => readFileSync(join(root, path), 'utf8');
const conf = JSON.parse(read('tauri.conf.json'));
const metainfo = read('packaging/linux/app.spinewise.desktop.metainfo.xml');
const changelog = read('packaging/linux/changelog');

test('every package file carries the app version', () => {
  const cargo = (path) => /^version = "([^"]+)"/m.exec(read(path))[1];
  assert.equal(cargo('Cargo.toml'), conf.version);
  assert.equal(cargo('core/Cargo.toml'), conf.version);
  assert.equal(/<release version="([^"]+)"/.exec(metainfo)[1], conf.version, 'the newest release in the metainfo');
  assert.equal(/^spinewise \(([^)]+)\)/.exec(changelog)[1], conf.version, 'the newest entry in the changelog');
});

test('the metainfo names the app by its identifier', () => {
  assert.equal(/<id>([^<]+)<\/id>/.exec(metainfo)[1], conf.identifier);
});

test('the Debian changelog is made from CHANGELOG.md', () => {
  assert.equal(changelog, debianChangelog(read('CHANGELOG.md')), 'run: node scripts/changelog.mjs');
});

test('the compressed changelog in the .deb is the one in the repository', () => {
  assert.equal(
    gunzipSync(readFileSync(join(root, 'packaging/linux/changelog.gz'))).toString('utf8'),
    changelog,
    'run: node scripts/changelog.mjs',
  );
});

test('each icon is the size its name says, and the .ico has every Windows size', () => {
  const pngSize = (path) => {
    const bytes = readFileSync(join(root, path));
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  };
  for (const [path, size] of [
    ['icons/32x32.png', 32],
    ['icons/128x128.png', 128],
    ['icons/128x128@2x.png', 256],
    ['icons/icon.png', 512],
  ]) {
    assert.deepEqual(pngSize(path), [size, size], path);
  }
  // The .ico's directory: 16 and 24 px (the small drawing) up to 256 px.
  const ico = readFileSync(join(root, 'icons/icon.ico'));
  const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
  assert.deepEqual(sizes, [16, 24, 32, 48, 64, 256]);
  assert.ok(existsSync(join(root, 'icons/spinewise.svg')) && existsSync(join(root, 'icons/spinewise-small.svg')));
});

test('every file the Linux packages add exists', () => {
  const { deb, rpm } = conf.bundle.linux;
  for (const source of [
    ...Object.values(deb.files),
    ...Object.values(rpm.files),
    deb.desktopTemplate,
    rpm.desktopTemplate,
    conf.bundle.licenseFile,
    ...conf.bundle.icon,
  ]) {
    assert.ok(existsSync(join(root, source)), source);
  }
});
