// Spinewise as a desktop program, in the real window: the native menu and its
// shortcuts, Help and About, opening the data folder, the window keeping its
// size and place, and one running copy per plan.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appPath, artifacts, pixelsChanged, saveScreenshot, startDriver, xDisplay, xdotool } from './harness.mjs';
import { planVersion } from './triage-steps.mjs';

const cli = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'target', 'debug', 'spinewise-cli');

const drivers = [];
const cleanups = [];
after(() => {
  for (const driver of drivers) driver.stop();
  for (const cleanup of cleanups) cleanup();
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/// One app at a time: a window left open by the test before could hold the
/// keyboard (an open menu grabs it) and take the keys meant for this one.
async function driver(options) {
  if (drivers.length) {
    while (drivers.length) drivers.pop().stop();
    await sleep(800);
  }
  const d = await startDriver(options);
  drivers.push(d);
  return d;
}

/// The app's main window as the window system knows it: the largest visible
/// window of this app's process with its title (GTK keeps smaller helper
/// windows of the same name).
async function mainWindow(dataDir) {
  const [pid] = appProcesses(dataDir);
  assert.ok(pid, 'the app is running');
  const ids = (await xdotool('search', '--onlyvisible', '--pid', pid, '--name', '^Spinewise$'))
    .split('\n')
    .filter(Boolean);
  let best = null;
  for (const id of ids) {
    const shape = await xdotool('getwindowgeometry', '--shell', id);
    const width = Number(/WIDTH=(\d+)/.exec(shape)[1]);
    if (!best || width > best.width) best = { id, width };
  }
  assert.ok(best, 'the main window is on screen');
  return best.id;
}

/// Gives the app the keyboard, then presses keys as a person would.
async function pressInApp(d, keys) {
  await xdotool('windowfocus', '--sync', await mainWindow(d.dataDir));
  await xdotool('key', '--clearmodifiers', keys);
}

async function screenOfWholeDisplay(name) {
  const file = join(artifacts, `${name}.png`);
  await new Promise((resolveShot, reject) => {
    execFile('import', ['-window', 'root', file], { env: { ...process.env, DISPLAY: xDisplayName } }, (err) =>
      err ? reject(err) : resolveShot(),
    );
  });
  return file;
}
const xDisplayName = await xDisplay();

/// The process ids running the app under test on this plan folder.
function appProcesses(dataDir) {
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return (
          readlinkSync(`/proc/${pid}/exe`) === appPath &&
          readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`SPINEWISE_DATA_DIR=${dataDir}`)
        );
      } catch {
        return false; // gone already, or not ours to read
      }
    });
}

test('the menu answers its shortcuts: F1 opens Help, Ctrl+E exports the plan, Ctrl+Shift+P the summary, Alt+F opens File', async () => {
  const d = await driver();
  const app = await d.open();

  await pressInApp(d, 'F1');
  await app.waitFor('return document.body.dataset.screen === "help"', { what: 'the help screen' });
  const keys = await app.execute('return [...document.querySelectorAll(".shortcuts kbd")].map((k) => k.textContent)');
  assert.ok(keys.includes('Ctrl+P') && keys.includes('Ctrl+E') && keys.includes('F1'), keys.join(', '));

  await pressInApp(d, 'ctrl+e');
  const notice = await app.waitFor('const n = document.getElementById("notice"); return !n.hidden && n.textContent', {
    what: 'the export notice',
  });
  const saved = /saved as (.+\.json)\./.exec(notice)?.[1];
  assert.ok(saved, notice);
  assert.equal(JSON.parse(readFileSync(saved, 'utf8')).version, planVersion);
  rmSync(saved);
  await saveScreenshot(app, 'menu-export-notice');
  // The notice is dismissed with the keyboard too, and focus returns to the screen.
  await (await app.find('[data-action="dismiss-notice"]')).click();
  assert.equal(await app.execute('return document.getElementById("notice").hidden'), true);

  // The summary for a clinician: Settings, at the period to choose.
  await pressInApp(d, 'ctrl+shift+p');
  await app.waitFor(
    'return document.body.dataset.screen === "settings" && document.activeElement?.id === "summary-period"',
    { what: 'the summary period, focused' },
  );

  // Alt+F drops the File menu down over the window, and Escape takes it away:
  // the display is compared before, during and after, pixel by pixel.
  await sleep(600);
  const closed = await screenOfWholeDisplay('menu-file-closed');
  await pressInApp(d, 'alt+f');
  await sleep(500);
  const open = await screenOfWholeDisplay('menu-file-open');
  const drawn = await pixelsChanged(closed, open);
  assert.ok(drawn > 3000, `the File menu opened (${drawn} pixels changed)`);
  await xdotool('key', 'Escape');
  await sleep(500);
  const again = await screenOfWholeDisplay('menu-file-closed-again');
  // Without a compositor the page under the menu may repaint late, so the
  // check is that the menu's own pixels are gone, not that every pixel is back.
  const gone = await pixelsChanged(open, again);
  assert.ok(gone > drawn / 2, `Escape closed it (${gone} of the menu's ${drawn} pixels changed back)`);
});

test('Help and About are reachable from the window, with the version and every source', async () => {
  const d = await driver();
  const app = await d.open();
  await (await app.find('.app-footer a[href="#about"]')).click();
  await app.waitFor('return document.body.dataset.screen === "about"');
  const version = await app.execute('return document.querySelector("[data-version]").dataset.version');
  assert.match(version, /^\d+\.\d+\.\d+/);
  // Every source a rule cites, as the CLI lists them.
  const cited = new Set(JSON.parse(execFileSync(cli, ['rules'])).map((rule) => rule.source));
  assert.equal(await app.execute('return document.querySelectorAll(".sources li").length'), cited.size);
  assert.match(await app.execute('return document.querySelector(".about").textContent'), /not a diagnosis/);
  await saveScreenshot(app, 'about');
});

test('Settings opens the data folder in the file manager, and only that folder', async () => {
  // A stand-in for the desktop's xdg-open that writes down what it was asked to open.
  const bin = mkdtempSync(join(tmpdir(), 'spinewise-bin-'));
  const opened = join(bin, 'opened.txt');
  writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$@" > '${opened}'\n`);
  chmodSync(join(bin, 'xdg-open'), 0o755);
  const d = await driver({ env: { PATH: `${bin}:${process.env.PATH}` } });
  const app = await d.open();
  await (await app.find('a[data-nav="settings"]')).click();
  await app.waitFor('return document.body.dataset.screen === "settings"');
  assert.equal(await (await app.find('[data-data-dir]')).text(), d.dataDir);
  await (await app.find('[data-action="open-data-folder"]')).click();
  for (let i = 0; !existsSync(opened) && i < 100; i += 1) await sleep(50);
  assert.equal(readFileSync(opened, 'utf8').trim(), d.dataDir);
  assert.match(await (await app.find('#folder-status')).text(), /opening/);
});

test('the window reopens at the size and place it was left after Quit, and keeps a usable minimum', async () => {
  const d = await driver();
  let app = await d.open();
  await app.setRect({ x: 60, y: 40, width: 720, height: 560 });
  await sleep(300);
  const left = await app.rect();
  assert.equal(left.width, 720);

  // The smallest window still shows the whole screen's width, without sideways scrolling.
  await app.setRect({ width: 200, height: 200 });
  await sleep(300);
  const smallest = await app.rect();
  assert.ok(smallest.width >= 420 && smallest.height >= 480, JSON.stringify(smallest));
  assert.equal(await app.execute('return document.documentElement.scrollWidth <= window.innerWidth'), true);
  await saveScreenshot(app, 'window-smallest');
  await app.setRect({ x: 60, y: 40, width: 720, height: 560 });
  await sleep(300);

  await pressInApp(d, 'ctrl+q');
  const stateFile = join(d.env.XDG_CONFIG_HOME, 'app.spinewise.desktop', '.window-state.json');
  for (let i = 0; !existsSync(stateFile) && i < 100; i += 1) await sleep(50);
  assert.ok(existsSync(stateFile), 'Quit saved the window state');
  for (let i = 0; appProcesses(d.dataDir).length && i < 100; i += 1) await sleep(50);
  assert.deepEqual(appProcesses(d.dataDir), [], 'Quit ends the app');
  await app.close().catch(() => {});

  app = await d.open();
  const reopened = await app.rect();
  assert.deepEqual(
    { width: reopened.width, height: reopened.height, x: reopened.x, y: reopened.y },
    { width: left.width, height: left.height, x: left.x, y: left.y },
  );
});

test('starting Spinewise again brings the open window forward instead of opening a second copy', async () => {
  // A session bus of the test's own: on Linux the copies find each other on it.
  // It starts no services, so nothing but the two copies talks on it.
  const config = join(mkdtempSync(join(tmpdir(), 'spinewise-bus-')), 'bus.conf');
  writeFileSync(
    config,
    `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:tmpdir=${tmpdir()}</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*"/><allow receive_sender="*"/><allow own="*"/></policy></busconfig>`,
  );
  const bus = spawn('dbus-daemon', [`--config-file=${config}`, '--nofork', '--print-address=1'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  cleanups.push(() => bus.kill());
  const address = await new Promise((resolveAddress) => {
    let text = '';
    bus.stdout.on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolveAddress(text.trim());
    });
  });
  const d = await driver({ env: { DBUS_SESSION_BUS_ADDRESS: address } });
  const app = await d.open();
  const [first] = appProcesses(d.dataDir);
  assert.ok(first);
  const window = await mainWindow(d.dataDir);

  // Another program has the keyboard, as when the person is working in it.
  const other = spawn('xmessage', ['-name', 'other-program', 'another program'], {
    env: { ...process.env, DISPLAY: xDisplayName },
    stdio: 'ignore',
  });
  cleanups.push(() => other.kill());
  let otherWindow = '';
  for (let i = 0; !otherWindow && i < 100; i += 1) {
    otherWindow = (await xdotool('search', '--onlyvisible', '--classname', 'other-program').catch(() => '')).split(
      '\n',
    )[0];
    if (!otherWindow) await sleep(50);
  }
  await xdotool('windowfocus', '--sync', otherWindow);
  // -f: the window with the input focus as X has it (there is no window
  // manager under Xvfb to name an "active" one).
  assert.equal(await xdotool('getwindowfocus', '-f'), otherWindow, 'the other program has the keyboard');

  const second = spawn(appPath, [], { env: d.env, stdio: 'ignore' });
  const code = await new Promise((resolveCode) => {
    const timer = setTimeout(() => {
      second.kill('SIGKILL');
      resolveCode('still running after 20 s');
    }, 20000);
    second.on('exit', (exitCode) => {
      clearTimeout(timer);
      resolveCode(exitCode);
    });
  });
  assert.equal(code, 0, 'the second copy hands over and leaves');
  assert.deepEqual(appProcesses(d.dataDir), [first], 'one copy runs, the first');
  // The open window is brought forward: it has the keyboard again.
  let focused = '';
  for (let i = 0; focused !== window && i < 40; i += 1) {
    focused = await xdotool('getwindowfocus', '-f');
    if (focused !== window) await sleep(50);
  }
  assert.equal(focused, window, 'the first window has the focus');
  // The first window still answers.
  await (await app.find('a[data-nav="progress"]')).click();
  await app.waitFor('return document.body.dataset.screen === "progress"');
});
