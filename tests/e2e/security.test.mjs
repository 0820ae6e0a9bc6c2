// The app's lock-down, seen in the real window: it makes no network
// connection at all through a run over every screen (every process it starts
// is traced by strace), its content security policy stops remote content and
// inline script, and a command its capability does not grant is refused.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appPath, saveScreenshot, startDriver } from './harness.mjs';
import { networkUse } from './network-log.mjs';
import { answerAll, calmAnswers, startTriage } from './triage-steps.mjs';
import { checkIn, click, screen, startRoutine } from './app-steps.mjs';

const drivers = [];
after(() => {
  for (const driver of drivers) driver.stop();
});

/// The app started through strace, which follows every process and thread it
/// starts (WebKit's web and network processes too) and logs their network calls.
function tracedApp() {
  const folder = mkdtempSync(join(tmpdir(), 'spinewise-strace-'));
  const log = join(folder, 'network.log');
  const wrapper = join(folder, 'spinewise-traced');
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec strace -f -qq -e trace=%network,execve -e signal=none -o '${log}' '${appPath}' "$@"\n`,
  );
  chmodSync(wrapper, 0o755);
  return { wrapper, log };
}

test('the reader of the trace does catch a connection', () => {
  const folder = mkdtempSync(join(tmpdir(), 'spinewise-strace-'));
  const log = join(folder, 'probe.log');
  const probe = "require('net').connect(9, '127.0.0.1').on('error', () => {})";
  execFileSync('strace', ['-f', '-qq', '-e', 'trace=%network', '-o', log, process.execPath, '-e', probe]);
  assert.equal(networkUse(readFileSync(log, 'utf8')).length, 1);
});

test('a run over every screen makes no network connection, and remote content is blocked', async () => {
  const { wrapper, log } = tracedApp();
  const d = await startDriver({ app: wrapper });
  drivers.push(d);
  const app = await d.open();

  await startTriage(app);
  assert.equal((await answerAll(app, calmAnswers)).level, 'continue');
  await click(app, 'a[data-nav="library"]');
  await screen(app, 'library');
  await click(app, '[data-exercise="bird_dog"] a');
  await screen(app, 'exercise');
  await startRoutine(app, 'gentle_mobility', 2);
  await app.waitFor('return document.body.dataset.sessionState === "running"', { what: 'the session clock' });
  await app.keys('c');
  await app.waitFor('return !document.querySelector("form.check-in").hidden');
  await checkIn(app, 7, false);
  await screen(app, 'session-end');
  await click(app, 'a[data-nav="plan"]');
  await screen(app, 'plan');
  await click(app, 'a[data-nav="progress"]');
  await screen(app, 'progress');
  await click(app, 'a[data-nav="settings"]');
  await screen(app, 'settings');

  // Remote content, tried from inside the page, is refused by the policy
  // before it could reach a network; so is script written into the page.
  const refused = await app.executeAsync(`
    const done = arguments[arguments.length - 1];
    const blocked = [];
    // WebKit names the script rule script-src-elem; the policy sets it through script-src.
    document.addEventListener('securitypolicyviolation', (e) => blocked.push(e.violatedDirective.replace(/-elem$/, '')));
    const image = new Image();
    image.src = 'https://example.com/pixel.png';
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.head.append(script);
    fetch('https://example.com/').then(() => 'fetched', () => 'refused').then((fetch) => {
      setTimeout(() => done({ fetch, inlineRan: window.inlineRan === true, blocked: [...new Set(blocked)].sort() }), 300);
    });`);
  assert.deepEqual(refused, { fetch: 'refused', inlineRan: false, blocked: ['connect-src', 'img-src', 'script-src'] });
  await saveScreenshot(app, 'traced-run-settings');
  await app.close();
  d.stop();
  await new Promise((r) => setTimeout(r, 1000));

  const trace = readFileSync(log, 'utf8');
  // The trace saw the app at work: its window talks to the X server on a
  // Unix socket, and it followed WebKit's web and network processes.
  assert.match(trace, /connect\(\d+, \{sa_family=AF_UNIX/);
  assert.match(trace, /execve\("[^"]*WebKitWebProcess"/);
  assert.match(trace, /execve\("[^"]*WebKitNetworkProcess"/);
  assert.deepEqual(networkUse(trace), []);
});

test('a command the window is not granted is refused, and granted ones still answer', async () => {
  const d = await startDriver();
  drivers.push(d);
  const app = await d.open();
  const invoke = (cmd, args = {}) =>
    app.executeAsync(`
    const done = arguments[arguments.length - 1];
    window.__TAURI__.core.invoke(${JSON.stringify(cmd)}, ${JSON.stringify(args)})
      .then(() => done('allowed'), (e) => done(String(e?.message ?? e)));`);

  // Closing the window and the window-state plugin's own commands exist in
  // the app but are not in the window's capability.
  for (const cmd of ['plugin:window|close', 'plugin:window-state|save_window_state', 'plugin:event|emit']) {
    assert.match(
      await invoke(cmd, { label: 'main', flags: 0, event: 'navigate', payload: 'help' }),
      /not allowed/,
      cmd,
    );
  }
  // Plugins the app does not have at all (files, shell) are not there to call.
  for (const cmd of ['plugin:fs|read_text_file', 'plugin:shell|execute']) {
    assert.notEqual(await invoke(cmd, { path: '/etc/passwd', program: 'sh' }), 'allowed', cmd);
  }
  assert.equal(await invoke('about'), 'allowed');
  assert.equal(await app.execute('return document.body.dataset.screen'), 'home');
  await app.close();
});
