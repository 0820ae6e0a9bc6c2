// A minimal W3C WebDriver client: just the endpoints the end-to-end tests
// use, over Node's built-in fetch, so the tests need no npm packages.

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class WebDriverError extends Error {
  constructor(method, path, status, value) {
    super(`${method} ${path} -> ${status}: ${value?.error ?? ''} ${value?.message ?? JSON.stringify(value)}`);
    this.code = value?.error;
  }
}

async function call(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = await response.json().catch(() => ({}));
  if (!response.ok) throw new WebDriverError(method, path, response.status, payload.value);
  return payload.value;
}

export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }
  #path(suffix) {
    return `/element/${this.id}${suffix}`;
  }
  click() {
    return this.session.request('POST', this.#path('/click'), {});
  }
  text() {
    return this.session.request('GET', this.#path('/text'));
  }
  attribute(name) {
    return this.session.request('GET', this.#path(`/attribute/${name}`));
  }
  type(text) {
    return this.session.request('POST', this.#path('/value'), { text });
  }
  clear() {
    return this.session.request('POST', this.#path('/clear'), {});
  }
  /// The element alone, scrolled into view: a part of a long page that a
  /// screenshot of the window would not reach.
  async screenshot() {
    return Buffer.from(await this.session.request('GET', this.#path('/screenshot')), 'base64');
  }
}

export class Session {
  static async create(base, capabilities) {
    const value = await call(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(base, value.sessionId);
  }

  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  request(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  async find(css) {
    const value = await this.request('POST', '/element', { using: 'css selector', value: css });
    return new Element(this, value[ELEMENT]);
  }

  async findAll(css) {
    const values = await this.request('POST', '/elements', { using: 'css selector', value: css });
    return values.map((v) => new Element(this, v[ELEMENT]));
  }

  execute(script, args = []) {
    return this.request('POST', '/execute/sync', { script, args });
  }

  /// Runs a script that reports back by calling its last argument.
  executeAsync(script, args = []) {
    return this.request('POST', '/execute/async', { script, args });
  }

  async screenshot() {
    return Buffer.from(await this.request('GET', '/screenshot'), 'base64');
  }

  /// Presses keys as a person would, through the WebDriver actions API.
  async keys(...keys) {
    const actions = keys.flatMap((key) => [
      { type: 'keyDown', value: key },
      { type: 'keyUp', value: key },
    ]);
    await this.request('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  /// Holds keys down together, then lets them go: Shift+Tab.
  async chord(...keys) {
    const actions = [
      ...keys.map((value) => ({ type: 'keyDown', value })),
      ...keys.reverse().map((value) => ({ type: 'keyUp', value })),
    ];
    await this.request('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  /// Polls a script until it returns something truthy. An element it returns
  /// counts as `true`: sent back as a reference, it can go stale while the
  /// screen redraws and fail the wait for nothing (seen in a fresh-clone run).
  async waitFor(script, { timeout = 10000, what = script } = {}) {
    const deadline = Date.now() + timeout;
    const polled = `const value = (() => { ${script} })(); return value instanceof Node ? true : value;`;
    for (;;) {
      const value = await this.execute(polled);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  rect() {
    return this.request('GET', '/window/rect');
  }
  setRect(rect) {
    return this.request('POST', '/window/rect', rect);
  }

  close() {
    return call(this.base, 'DELETE', `/session/${this.id}`);
  }
}

export const Keys = {
  TAB: '\uE004',
  ENTER: '\uE007',
  SPACE: '\uE00D',
  ESCAPE: '\uE00C',
  LEFT: '\uE012',
  UP: '\uE013',
  RIGHT: '\uE014',
  DOWN: '\uE015',
  SHIFT: '\uE008',
};
