// The daily companion in the real window, with a real notification server on
// a bus of the test's own: reminders turned on in Settings fire at their
// time as desktop notifications, a click opens the right screen, the plan
// decides what a reminder offers, and with Spinewise kept running, closing
// the window leaves the reminders running without a webview.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appPath, artifacts, pixelsChanged, saveScreenshot, startDriver, xDisplay, xdotool } from './harness.mjs';
import { calmDocument, planVersion } from './triage-steps.mjs';
import { click, screen } from './app-steps.mjs';
import { notificationDesktop, trayMenu } from './notifications.mjs';
import { closeWindow, launch, until, visibleWindow } from './resident.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'target', 'debug', 'spinewise-cli');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const cleanups = [];
const drivers = [];
after(() => {
  for (const driver of drivers) driver.stop();
  for (const cleanup of cleanups.reverse()) cleanup();
});

/// One app at a time: an app left running by the test before could hold the
/// display's focus or its web processes while this one is measured.
async function stopDrivers() {
  if (!drivers.length) return;
  while (drivers.length) drivers.pop().stop();
  await sleep(800);
}

/// A plan whose only triage was answered with the calm answers and this pain
/// during exercise (1 gives `continue`, 8 `stop`), its outcome from the real
/// rules through the CLI, with the emergency number confirmed.
function planWithPain(pain) {
  const answers = { ...calmDocument, pain_during_exercise: pain };
  const outcome = JSON.parse(execFileSync(cli, ['triage'], { input: JSON.stringify(answers) }));
  return {
    format: 'spinewise-plan',
    version: planVersion,
    settings: { emergency_number: '999' },
    triage_history: [{ completed_at: new Date(Date.now() - 60_000).toISOString(), questionnaire: 2, answers, outcome }],
  };
}

/// The app on a plan folder of its own, on the notification desktop, in UTC.
async function appWith(plan, desktop, env = {}) {
  await stopDrivers();
  const dataDir = mkdtempSync(join(tmpdir(), 'spinewise-e2e-'));
  writeFileSync(join(dataDir, 'plan.json'), JSON.stringify(plan, null, 2));
  const driver = await startDriver({ dataDir, env: { DBUS_SESSION_BUS_ADDRESS: desktop.address, TZ: 'UTC', ...env } });
  drivers.push(driver);
  return { driver, app: await driver.open() };
}

async function desktop() {
  const d = await notificationDesktop();
  cleanups.push(() => d.stop());
  return d;
}

async function openReminders(app) {
  await click(app, 'a[data-nav="settings"]');
  await screen(app, 'settings');
  await app.waitFor('return !!document.getElementById("remind-check-in")', { what: 'the reminders form' });
}

/// Replaces a text field's value as a person would: select all, type.
async function typeInto(app, css, value) {
  const input = await app.find(css);
  await input.clear();
  await input.type(value);
}

test('reminders are all off at first, and a check-in set for the next minute fires as a notification that opens the check-in', async () => {
  const d = await desktop();
  const { app } = await appWith(planWithPain(1), d);

  // Home offers reminders once.
  await app.waitFor('return !!document.querySelector("[data-offer=reminders]")', { what: 'the reminders offer' });
  await click(app, '[data-action="set-up-reminders"]');
  await screen(app, 'settings');
  await app.waitFor('return document.activeElement?.id === "reminders-title"', { what: 'focus on Reminders' });
  const off = await app.execute(
    'return ["remind-check-in","remind-routines","remind-breaks","keep-running","start-at-login"].map((id) => document.getElementById(id).checked)',
  );
  assert.deepEqual(off, [false, false, false, false, false], 'everything starts off');

  // A nonsense time is refused with a reason, and nothing is turned on.
  await click(app, 'label[for="remind-check-in"]');
  await typeInto(app, '#check-in-time', 'noon');
  await click(app, '[data-action="save-reminders"]');
  const refusal = await app.waitFor('return document.getElementById("reminders-error").textContent');
  assert.match(refusal, /not a time of day/);
  const saved = JSON.parse(readFileSync(join(await dataDirOf(app), 'plan.json'), 'utf8')).settings.reminders;
  assert.equal(saved.check_in, null, 'the refused time changed nothing');

  // The next whole minute, at least 20 s away, on the app's clock (UTC).
  const at = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000);
  const hhmm = at.toISOString().slice(11, 16);
  await typeInto(app, '#check-in-time', hhmm);
  await click(app, '[data-action="save-reminders"]');
  const status = await app.waitFor('return document.getElementById("reminders-status").textContent');
  assert.match(status, new RegExp(`daily check-in today at ${hhmm}`));
  await saveScreenshot(app, 'reminders-settings');

  const call = await d.waitForNotify('Time for your daily check-in', at.getTime() - Date.now() + 30_000);
  const firedAt = Date.now();
  assert.ok(firedAt >= at.getTime(), 'not before its time');
  assert.ok(firedAt - at.getTime() < 15_000, `on time (${firedAt - at.getTime()} ms late)`);
  assert.match(call, /Check in now/, 'a click has an action');
  // The window shows it too, without taking the focus.
  await app.waitFor('return !document.getElementById("reminder").hidden', { what: 'the reminder in the window' });
  assert.equal(await app.execute('return document.getElementById("reminder").dataset.kind'), 'check_in');
  await saveScreenshot(app, 'reminder-check-in');

  // A click on the notification opens the check-in.
  await d.click();
  await screen(app, 'check-in', 10000);
});

/// The plan folder the window's app uses (from the Settings screen).
async function dataDirOf(app) {
  return app.execute('return document.querySelector("[data-data-dir]")?.textContent');
}

test('the plan decides what a movement break offers: the two-minute break when exercise is allowed, none after a stop result', async () => {
  const d = await desktop();
  {
    const { app } = await appWith(planWithPain(1), d);
    await openReminders(app);
    await click(app, '[data-action="reminder-now"]');
    const call = await d.waitForNotify('Time for a movement break');
    assert.match(call, /minutes of gentle mobility on a mat/);
    await app.waitFor('return !document.getElementById("reminder").hidden');
    assert.equal(await app.execute('return document.getElementById("reminder").dataset.opens'), 'session');
    await click(app, '[data-action="reminder-open"]');
    // Straight to the pain check before the two-minute break.
    await app.waitFor('return document.getElementById("start-title")?.textContent === "Two-minute mobility break"', {
      what: 'the break routine ready to start',
    });
    await app.close();
  }
  {
    const { app } = await appWith(planWithPain(8), d);
    await openReminders(app);
    await click(app, '[data-action="reminder-now"]');
    const call = await d.waitForNotify('Time to change position');
    assert.match(call, /training waits/);
    assert.doesNotMatch(call, /Start the break/);
    await app.waitFor('return !document.getElementById("reminder").hidden');
    assert.equal(await app.execute('return document.getElementById("reminder").dataset.opens'), 'plan');
    await saveScreenshot(app, 'reminder-break-after-stop');
    await click(app, '[data-action="reminder-open"]');
    await screen(app, 'plan');
  }
});

/// The app's processes on this plan folder, and the web processes under them.
function processesOf(dataDir) {
  const ours = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (
        readlinkSync(`/proc/${pid}/exe`) === appPath &&
        readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`SPINEWISE_DATA_DIR=${dataDir}`)
      )
        ours.push(pid);
    } catch {
      /* gone, or not ours */
    }
  }
  const webProcesses = readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const parent = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
        return ours.includes(parent) && readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('WebKitWeb');
      } catch {
        return false;
      }
    });
  return { app: ours, web: webProcesses };
}

/// A window's picture as the window system has it, saved with the artifacts.
async function windowShot(id, name) {
  const file = join(artifacts, `${name}.png`);
  mkdirSync(artifacts, { recursive: true });
  execFileSync('import', ['-window', id, file], { env: { ...process.env, DISPLAY: await xDisplay() } });
  return file;
}

test('kept running, closing the window leaves reminders running with no webview; starting again reopens it; Quit quits', async () => {
  await stopDrivers();
  const d = await desktop();
  const plan = planWithPain(1);
  plan.settings.reminders = {
    breaks: {
      every_minutes: 30,
      from: '00:00',
      until: '23:59',
      days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    },
    offered: true,
    keep_running: true,
  };
  const app = await launch(appPath, plan, d);
  cleanups.push(() => app.child.kill('SIGKILL'));
  const window = await until('the window', () => visibleWindow(app.pid));
  await until('a web process', () => processesOf(app.dataDir).web.length > 0);
  await sleep(1500);
  const home = await windowShot(window, 'resident-home');
  // To Settings, with a click on its link in the header (the window raised
  // first: without a window manager, another program's window may be on top).
  await xdotool('windowraise', window);
  await xdotool('windowfocus', '--sync', window);
  await xdotool('mousemove', '--window', window, '918', '50', 'click', '1');
  await sleep(1500);
  const settings = await windowShot(window, 'resident-settings');
  assert.ok((await pixelsChanged(home, settings)) > 20000, 'the click went to another screen');

  closeWindow(window, app.env);
  await until('the webview to go', () => processesOf(app.dataDir).web.length === 0);
  await sleep(1000);
  assert.deepEqual(processesOf(app.dataDir).app, [app.pid], 'Spinewise keeps running');
  assert.equal(await visibleWindow(app.pid), null, 'with no window');

  // Starting Spinewise again brings the window back, drawn by a new webview.
  assert.equal(await app.again(), 0, 'the second copy hands over and leaves');
  const reopened = await until('the window again', () => visibleWindow(app.pid));
  await until('a web process again', () => processesOf(app.dataDir).web.length > 0);
  // On the screen it showed when it closed: it looks like Settings, not home.
  await sleep(2500);
  const back = await windowShot(reopened, 'resident-reopened');
  const fromSettings = await pixelsChanged(settings, back);
  const fromHome = await pixelsChanged(home, back);
  assert.ok(
    fromSettings < fromHome / 4,
    `reopened on Settings (${fromSettings} pixels from it, ${fromHome} from home)`,
  );

  // Quit, from the menu's shortcut, really quits.
  await xdotool('windowfocus', '--sync', reopened);
  await xdotool('key', '--clearmodifiers', 'ctrl+q');
  await until('Spinewise to quit', () => processesOf(app.dataDir).app.length === 0);
});

/// Spinewise as the login item starts it: a check-in reminder on, kept
/// running, `--background`.
async function startedAtLogin() {
  await stopDrivers();
  const d = await desktop();
  const plan = planWithPain(1);
  plan.settings.reminders = { check_in: '08:00', offered: true, keep_running: true };
  const app = await launch(appPath, plan, d, ['--background']);
  cleanups.push(() => app.child.kill('SIGKILL'));
  return { app, d };
}

test('started at login in the background, Spinewise runs its reminders with no window until asked', async () => {
  const { app } = await startedAtLogin();
  await sleep(3000);
  assert.deepEqual(processesOf(app.dataDir).app, [app.pid], 'running');
  assert.equal(await visibleWindow(app.pid), null, 'with no window');
  assert.deepEqual(processesOf(app.dataDir).web, [], 'and no webview');
  await app.again();
  await until('the window', () => visibleWindow(app.pid));
  app.child.kill('SIGTERM');
});

test('the tray offers the companion actions: a pause is saved, a break opens the window, Quit quits', async () => {
  // In the background: the tray is the way in.
  const { app, d } = await startedAtLogin();
  const tray = await trayMenu(d.address);
  assert.deepEqual(tray.labels.slice(-7), [
    'Start a movement break',
    'Daily check-in',
    'Open Spinewise',
    'Pause reminders for an hour',
    'Pause reminders for today',
    'Resume reminders',
    'Quit Spinewise',
  ]);

  await tray.click('Pause reminders for an hour');
  const paused = await until('the pause to be saved', () => {
    const pausedUntil = JSON.parse(readFileSync(join(app.dataDir, 'plan.json'), 'utf8')).settings.reminders
      .paused_until;
    return pausedUntil && Date.parse(pausedUntil);
  });
  const ahead = (paused - Date.now()) / 60_000;
  assert.ok(ahead > 58 && ahead <= 60, `paused for an hour (${ahead.toFixed(1)} minutes)`);

  assert.equal(await visibleWindow(app.pid), null, 'no window yet');
  await tray.click('Start a movement break');
  await until('the window', () => visibleWindow(app.pid));

  await tray.click('Quit Spinewise');
  await until('Spinewise to quit', () => processesOf(app.dataDir).app.length === 0);
});

test('start at login is a login item that starts Spinewise in the background, and unticking removes it', async () => {
  const d = await desktop();
  // Login items live in the home folder's .config/autostart (whatever
  // XDG_CONFIG_HOME says): the app gets a home of its own.
  const home = mkdtempSync(join(tmpdir(), 'spinewise-home-'));
  const { app } = await appWith(planWithPain(1), d, { HOME: home });
  await openReminders(app);
  await click(app, 'label[for="remind-check-in"]');
  await click(app, 'label[for="start-at-login"]');
  await click(app, '[data-action="save-reminders"]');
  await app.waitFor('return /Saved/.test(document.getElementById("reminders-status").textContent)');
  const autostart = join(home, '.config', 'autostart');
  const entries = readdirSync(autostart);
  assert.equal(entries.length, 1, entries.join(', '));
  const entry = readFileSync(join(autostart, entries[0]), 'utf8');
  assert.match(entry, /^Exec=.*--background/m);
  assert.equal(await app.execute('return document.getElementById("start-at-login").checked'), true);

  await click(app, 'label[for="start-at-login"]');
  await click(app, '[data-action="save-reminders"]');
  await app.waitFor('return /Saved/.test(document.getElementById("reminders-status").textContent)');
  assert.deepEqual(readdirSync(autostart), [], 'unticking removes the login item');
});
