// Starts everything a real-window test needs, by itself: an X display (Xvfb)
// when there is none, tauri-driver (which runs WebKitWebDriver), and the
// Spinewise binary with its own data folder. Screenshots go to
// target/e2e-artifacts/ for people to look at.

import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session } from './webdriver.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const artifacts = join(root, 'target', 'e2e-artifacts');

/// The app under test: SPINEWISE_APP, or the debug build.
export const appPath = resolve(process.env.SPINEWISE_APP ?? join(root, 'target', 'debug', 'spinewise'));

const children = new Set();

/// tauri-driver starts WebKitWebDriver, which starts the app. Each driver runs
/// in a process group of its own and is stopped as a group: a WebKitWebDriver
/// left behind keeps this process's stderr open, and the test runner then
/// waits for it forever.
function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}
process.on('exit', () => {
  for (const child of children) killGroup(child, 'SIGKILL');
});

function track(child) {
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let display = process.env.DISPLAY;

/// Starts Xvfb once per test process when no display is set; it reports the
/// display number it chose on a file descriptor, so parallel runs never clash.
async function ensureDisplay() {
  if (display) return display;
  const xvfb = track(
    spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'inherit', 'pipe'],
    }),
  );
  const number = await new Promise((resolveNumber, reject) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) {
        // Done with the pipe; neither it nor Xvfb may keep the test process alive.
        xvfb.stdio[3].destroy();
        xvfb.unref();
        resolveNumber(text.trim());
      }
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  display = `:${number}`;
  return display;
}

async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolvePort) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/// The X display the apps run on, for tools that act as the person's desktop.
export const xDisplay = ensureDisplay;

/// Runs xdotool on the test display: keys and clicks that reach the app the
/// way a person's do, through the window system, so native menus answer.
export async function xdotool(...args) {
  const env = { ...process.env, DISPLAY: await ensureDisplay() };
  return new Promise((resolveRun, reject) => {
    execFile('xdotool', args, { env }, (err, stdout) => (err ? reject(err) : resolveRun(stdout.trim())));
  });
}

/// A tauri-driver whose apps all share one data folder (so a test can restart
/// the app and see what it saved) and one settings folder (where the window's
/// size and position are kept), both new unless given. `app` is the program
/// WebDriver starts: the build under test unless a test wraps or installs one.
export async function startDriver({
  dataDir = mkdtempSync(join(tmpdir(), 'spinewise-e2e-')),
  env = {},
  app = appPath,
} = {}) {
  if (!existsSync(app)) throw new Error(`no app at ${app}: build it first (cargo build)`);
  const [port, nativePort] = [await freePort(), await freePort()];
  // A British desktop unless a test says otherwise, so the region's
  // ambulance number (999) is known; the machine's own locale (often C) has none.
  const inherited = { ...process.env };
  delete inherited.LC_ALL;
  delete inherited.LC_MESSAGES;
  const appEnv = {
    ...inherited,
    LANG: 'en_GB.UTF-8',
    DISPLAY: await ensureDisplay(),
    SPINEWISE_DATA_DIR: dataDir,
    XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'spinewise-config-')),
    ...env,
  };
  const driver = track(
    spawn('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
      env: appEnv,
    }),
  );
  driver.unref();
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(`${base}/status`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (i > 200) throw new Error('tauri-driver did not start');
    await sleep(50);
  }
  return {
    dataDir,
    /// What the app runs with, to start another copy of it as a person would.
    env: appEnv,
    async open() {
      const session = await Session.create(base, { 'tauri:options': { application: app } });
      await session.waitFor('return document.body.dataset.ready === "true"', { what: 'the home screen' });
      return session;
    },
    stop() {
      killGroup(driver, 'SIGTERM');
      // Whatever ignores the polite signal goes a moment later.
      setTimeout(() => killGroup(driver, 'SIGKILL'), 500).unref();
    },
  };
}

/// A Documents folder of the test's own, declared the way the desktop does
/// (XDG user-dirs), so the app's "Save" lands there; `env` is what the app
/// needs to find it.
export function documentsFolder() {
  const root = mkdtempSync(join(tmpdir(), 'spinewise-home-'));
  const documents = join(root, 'Documents');
  mkdirSync(documents);
  mkdirSync(join(root, 'config'));
  writeFileSync(join(root, 'config', 'user-dirs.dirs'), `XDG_DOCUMENTS_DIR="${documents}"\n`);
  return { documents, env: { XDG_CONFIG_HOME: join(root, 'config') } };
}

/// `of` is a session (the window) or an element (that part of the page).
export async function saveScreenshot(of, name) {
  mkdirSync(artifacts, { recursive: true });
  const file = join(artifacts, `${name}.png`);
  writeFileSync(file, await of.screenshot());
  return file;
}

/// How many pixels differ between two pictures (ImageMagick's absolute error).
export function pixelsChanged(a, b) {
  return new Promise((resolveCount, reject) => {
    execFile('compare', ['-metric', 'AE', a, b, 'null:'], (err, _stdout, stderr) => {
      const count = Number.parseFloat(stderr);
      if (Number.isNaN(count)) reject(err ?? new Error(stderr));
      else resolveCount(count);
    });
  });
}
