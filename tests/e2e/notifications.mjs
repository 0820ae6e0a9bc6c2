// A desktop of the test's own for notifications: a private session bus, a
// real notification server on it (dunst, on the test display), and
// dbus-monitor recording every Notify call the app makes.

import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { xDisplay } from './harness.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/// Starts the bus, the server and the monitor; `stop()` ends all three.
export async function notificationDesktop() {
  const dir = mkdtempSync(join(tmpdir(), 'spinewise-bus-'));
  const config = join(dir, 'bus.conf');
  writeFileSync(
    config,
    `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:tmpdir=${tmpdir()}</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*"/><allow receive_sender="*"/><allow own="*"/><allow eavesdrop="true"/></policy></busconfig>`,
  );
  const children = [];
  const bus = spawn('dbus-daemon', [`--config-file=${config}`, '--nofork', '--print-address=1'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(bus);
  const address = await new Promise((resolveAddress) => {
    let text = '';
    bus.stdout.on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolveAddress(text.trim());
    });
  });
  const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: address, DISPLAY: await xDisplay() };
  const server = spawn('dunst', [], { env, stdio: 'ignore' });
  children.push(server);
  let calls = '';
  const monitor = spawn(
    'dbus-monitor',
    ['--address', address, "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  monitor.stdout.on('data', (chunk) => {
    calls += chunk;
  });
  children.push(monitor);
  // The server owns its name once it is ready to show notifications.
  for (let i = 0; i < 100; i += 1) {
    const owned = await new Promise((resolveOwned) =>
      execFile(
        'dbus-send',
        [
          `--bus=${address}`,
          '--print-reply',
          '--dest=org.freedesktop.DBus',
          '/org/freedesktop/DBus',
          'org.freedesktop.DBus.NameHasOwner',
          'string:org.freedesktop.Notifications',
        ],
        (err, stdout) => resolveOwned(!err && stdout.includes('true')),
      ),
    );
    if (owned) break;
    await sleep(100);
  }
  return {
    address,
    /// Every Notify call so far, as dbus-monitor printed it.
    calls: () => calls,
    /// Waits until a Notify call carries `text`; returns that call's text.
    async waitForNotify(text, timeout = 10000) {
      const deadline = Date.now() + timeout;
      for (;;) {
        const call = calls.split(/(?=method call )/).find((c) => c.includes(text));
        if (call) return call;
        if (Date.now() > deadline) throw new Error(`no notification saying "${text}" within ${timeout} ms:\n${calls}`);
        await sleep(100);
      }
    },
    /// Clicks the newest notification, as a person clicks its body.
    click() {
      return new Promise((resolveClick, reject) =>
        execFile('dunstctl', ['action', '0'], { env }, (err) => (err ? reject(err) : resolveClick())),
      );
    },
    stop() {
      for (const child of children) child.kill();
    },
  };
}

/// The tray icon's menu as the desktop's tray reads it: the StatusNotifierItem
/// menu (dbusmenu) the app publishes on the session bus. `click(label)`
/// chooses an item as a person does from the tray.
export async function trayMenu(address, { timeout = 15000 } = {}) {
  const send = (dest, path, method, ...args) =>
    new Promise((resolveSend) =>
      execFile(
        'dbus-send',
        [`--bus=${address}`, '--print-reply', `--dest=${dest}`, path, method, ...args],
        (err, out) => resolveSend(err ? '' : out),
      ),
    );
  const deadline = Date.now() + timeout;
  for (;;) {
    const names = (await send('org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.ListNames'))
      .split('\n')
      .map((line) => /string "(:[^"]+)"/.exec(line)?.[1])
      .filter(Boolean);
    for (const name of names) {
      const items = await send(name, '/org/ayatana/NotificationItem', 'org.freedesktop.DBus.Introspectable.Introspect');
      const item = /node name="([^"]+)"/.exec(items)?.[1];
      if (!item) continue;
      const menu = `/org/ayatana/NotificationItem/${item}/Menu`;
      const layout = await send(
        name,
        menu,
        'com.canonical.dbusmenu.GetLayout',
        'int32:0',
        'int32:-1',
        'array:string:label',
      );
      const ids = new Map();
      let id = null;
      for (const line of layout.split('\n')) {
        const number = /^\s*int32 (\d+)$/.exec(line);
        if (number) id = Number(number[1]);
        const label = /variant\s+string "([^"]+)"/.exec(line);
        if (label && id !== null) ids.set(label[1], id);
      }
      if (ids.size === 0) continue;
      return {
        labels: [...ids.keys()],
        async click(label) {
          assert.ok(ids.has(label), `the tray has no "${label}"`);
          await send(
            name,
            menu,
            'com.canonical.dbusmenu.Event',
            `int32:${ids.get(label)}`,
            'string:clicked',
            'variant:int32:0',
            'uint32:0',
          );
        },
      };
    }
    if (Date.now() > deadline) throw new Error('no tray icon on the bus');
    await sleep(200);
  }
}
