// The Linux installers as a person gets them. scripts/test.sh builds them
// first (`tauri build --bundles deb,rpm`); this checks them with the
// distributions' own validators, then installs the .deb on this machine,
// opens the installed program's window under Xvfb, talks to its backend, and
// uninstalls it, leaving nothing behind.
//
// It installs and removes the package `spinewise` system-wide, so it runs as
// root (as CI does) or with password-less sudo.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { saveScreenshot, startDriver } from '../e2e/harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bundles = join(root, 'target', 'release', 'bundle');
const version = JSON.parse(readFileSync(join(root, 'tauri.conf.json'), 'utf8')).version;
const PACKAGE = 'spinewise';

function bundle(kind, pattern) {
  const folder = join(bundles, kind);
  const file = existsSync(folder) && readdirSync(folder).find((name) => pattern.test(name));
  assert.ok(file, `no .${kind} in ${folder}: build it first with npx tauri build --bundles deb,rpm`);
  return join(folder, file);
}

const run = (program, args, options = {}) => spawnSync(program, args, { encoding: 'utf8', ...options });
const asRoot = (program, args) => (process.getuid() === 0 ? run(program, args) : run('sudo', ['-n', program, ...args]));
// biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own format, not a template
const installed = () => /install ok installed/.test(run('dpkg-query', ['-W', '-f=${Status}', PACKAGE]).stdout ?? '');

let deb;
let rpm;
let unpacked;
before(() => {
  // SPINEWISE_DEB: another package to install and remove (the mutant check
  // gives one that is built to leave a file behind).
  deb = process.env.SPINEWISE_DEB ?? bundle('deb', new RegExp(`^Spinewise_${version}_\\w+\\.deb$`));
  rpm = bundle('rpm', new RegExp(`^Spinewise-${version}-\\d+\\.\\w+\\.rpm$`));
  unpacked = mkdtempSync(join(tmpdir(), 'spinewise-deb-'));
  execFileSync('dpkg-deb', ['-x', deb, unpacked]);
});

const drivers = [];
after(() => {
  for (const driver of drivers) driver.stop();
  // A failed run must not leave the package on the machine.
  if (installed()) asRoot('apt-get', ['remove', '--purge', '-y', '-qq', PACKAGE]);
});

test('lintian finds no errors in the .deb', () => {
  const result = run('lintian', ['--tag-display-limit', '0', deb]);
  const errors = result.stdout.split('\n').filter((line) => line.startsWith('E:'));
  assert.deepEqual(errors, [], result.stdout);
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

test('the .deb says what it is and what it needs', () => {
  const field = (name) => execFileSync('dpkg-deb', ['-f', deb, name], { encoding: 'utf8' }).trim();
  assert.equal(field('Package'), PACKAGE);
  assert.equal(field('Version'), version);
  assert.match(field('Depends'), /libwebkit2gtk-4\.1-0/);
  assert.match(field('Description'), /not a diagnosis/);
});

test('the desktop entry passes desktop-file-validate', () => {
  const entry = join(unpacked, 'usr/share/applications/Spinewise.desktop');
  const result = run('desktop-file-validate', [entry]);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.equal(result.stdout.trim(), '', 'not even a hint');
  const text = readFileSync(entry, 'utf8');
  assert.match(text, /^Exec=spinewise$/m);
  assert.match(text, /^Icon=spinewise$/m);
});

test('the AppStream metainfo passes appstreamcli validate and has what software centres show', () => {
  const file = join(unpacked, 'usr/share/metainfo/app.spinewise.desktop.metainfo.xml');
  const result = run('appstreamcli', ['validate', '--no-net', file]);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  const xml = readFileSync(file, 'utf8');
  for (const element of [
    '<summary>',
    '<description>',
    '<screenshot type="default">',
    '<content_rating type="oars-1.1"',
    '<launchable type="desktop-id">Spinewise.desktop<',
  ]) {
    assert.ok(xml.includes(element), element);
  }
  assert.ok(xml.includes(`<release version="${version}"`), 'the release being packaged is listed');
});

test('the .rpm holds the program, its desktop entry, icons and metainfo', () => {
  const files = execFileSync('rpm', ['-qpl', rpm], { encoding: 'utf8' }).trim().split('\n');
  for (const expected of [
    '/usr/bin/spinewise',
    '/usr/share/applications/Spinewise.desktop',
    '/usr/share/icons/hicolor/32x32/apps/spinewise.png',
    '/usr/share/icons/hicolor/128x128/apps/spinewise.png',
    '/usr/share/metainfo/app.spinewise.desktop.metainfo.xml',
  ]) {
    assert.ok(files.includes(expected), `${expected} in ${files.join(', ')}`);
  }
  assert.equal(
    execFileSync('rpm', ['-qp', '--queryformat', '%{NAME} %{VERSION}', rpm], { encoding: 'utf8' }),
    `${PACKAGE} ${version}`,
  );
});

/// Every path under the folders a package can write to, except the package
/// manager's own records and caches, which change with any install.
const WATCHED = ['/usr', '/etc', '/opt', '/var/lib', '/srv'];
const NOT_WATCHED = ['/var/lib/dpkg/', '/var/lib/apt/', '/var/lib/ucf/', '/etc/ld.so.cache'];
/// Caches that desktop triggers rebuild whenever any application is installed.
const TRIGGER_CACHES = ['/usr/share/applications/mimeinfo.cache', '/usr/share/icons/hicolor/icon-theme.cache'];
function fileSystem() {
  const found = run('find', [...WATCHED, '-xdev'], { maxBuffer: 1 << 28 })
    .stdout.split('\n')
    .filter(Boolean);
  return new Set(found.filter((path) => !NOT_WATCHED.some((prefix) => path.startsWith(prefix))));
}

test('the .deb installs, the installed program opens and answers, and it uninstalls cleanly', async () => {
  if (installed()) asRoot('apt-get', ['remove', '--purge', '-y', '-qq', PACKAGE]);
  // What is on the machine before: whatever is there after removal and not
  // before is left behind, whether or not the package listed it.
  const before = fileSystem();
  const install = asRoot('apt-get', ['install', '-y', '-qq', '--no-install-recommends', deb]);
  assert.equal(install.status, 0, install.stdout + install.stderr);
  assert.ok(installed());
  const files = execFileSync('dpkg', ['-L', PACKAGE], { encoding: 'utf8' }).trim().split('\n');
  assert.ok(files.includes('/usr/bin/spinewise'));

  // The installed program, started as the desktop entry starts it.
  const d = await startDriver({ app: '/usr/bin/spinewise' });
  drivers.push(d);
  const app = await d.open();
  assert.equal(await app.execute('return document.title'), 'Spinewise');
  // Round trips to the backend: the About screen's version comes from Rust,
  // and the triage's first question from the core.
  await (await app.find('a[data-nav="about"]')).click();
  await app.waitFor('return document.body.dataset.screen === "about"');
  assert.equal(await app.execute('return document.querySelector("[data-version]").dataset.version'), version);
  await (await app.find('a[data-nav="triage"]')).click();
  await app.waitFor('return document.querySelector("form[data-question-id]")', { what: 'the first question' });
  await saveScreenshot(app, 'installed-app');
  await app.close();
  d.stop();
  await new Promise((r) => setTimeout(r, 1000));

  const remove = asRoot('apt-get', ['remove', '--purge', '-y', '-qq', PACKAGE]);
  assert.equal(remove.status, 0, remove.stdout + remove.stderr);
  assert.equal(installed(), false);
  // Folders such as /usr/share/icons belong to many packages and stay.
  const left = files.filter((file) => existsSync(file) && !statSync(file).isDirectory());
  assert.deepEqual(left, [], 'every file the package installed is gone');
  const after = fileSystem();
  const added = [...after].filter((path) => !before.has(path) && !TRIGGER_CACHES.includes(path));
  assert.deepEqual(added, [], 'nothing is left on the machine that was not there before');
});
