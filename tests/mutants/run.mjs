// Runs every mutant of tests/mutants/mutants.json: copies the tree, breaks it
// as the mutant says, runs the proof that is meant to catch that fault, and
// requires the proof to fail. A mutant that survives means a proof that
// cannot fail; the run then fails too, naming it.
//
//   node tests/mutants/run.mjs [name filter]
//
// The copies build into this tree's own target folder, so only Spinewise's
// crates are compiled again; scripts/test.sh runs this last for that reason.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { mutants } = JSON.parse(readFileSync(join(root, 'tests', 'mutants', 'mutants.json'), 'utf8'));
const only = process.argv[2];

/// The tree as git sees it (tracked files and new ones not ignored), copied.
function copyOfTree() {
  const copy = mkdtempSync(join(tmpdir(), 'spinewise-mutant-'));
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    try {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(root, file), join(copy, file));
    } catch (err) {
      if (err.code !== 'ENOENT') throw err; // deleted but not yet committed
    }
  }
  // The npm packages are ignored by git but needed by the node proofs.
  cpSync(join(root, 'node_modules'), join(copy, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  return copy;
}

function applyEdits(copy, edits) {
  for (const { file, find, replace } of edits) {
    const path = join(copy, file);
    const text = readFileSync(path, 'utf8');
    const count = text.split(find).length - 1;
    if (count !== 1) {
      throw new Error(
        `the mutant no longer applies: ${JSON.stringify(find)} occurs ${count} times in ${file}; update tests/mutants/mutants.json`,
      );
    }
    writeFileSync(path, text.replace(find, replace));
  }
}

/// Runs a command as root: directly when this is root, else with sudo -n.
function asRoot(...args) {
  const command = process.getuid() === 0 ? args : ['sudo', '-n', ...args];
  return spawnSync(command[0], command.slice(1), { encoding: 'utf8' });
}

/// The package mutant: the .deb the tests built, repacked with a post-install
/// script that writes a file no package owns.
function leftoverDeb(copy) {
  const folder = join(root, 'target', 'release', 'bundle', 'deb');
  const deb = readdirSync(folder).find((name) => name.endsWith('.deb'));
  if (!deb) throw new Error(`no .deb in ${folder}: build it first`);
  const work = join(copy, 'deb-mutant');
  const run = (args) => {
    const result = spawnSync(args[0], args.slice(1), { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}`);
  };
  run(['dpkg-deb', '-R', join(folder, deb), work]);
  writeFileSync(join(work, 'DEBIAN', 'postinst'), '#!/bin/sh\nset -e\ntouch /usr/share/spinewise-leftover\n', {
    mode: 0o755,
  });
  const mutated = join(copy, 'Spinewise-mutant.deb');
  run(['dpkg-deb', '--root-owner-group', '-b', work, mutated]);
  return mutated;
}

let survived = 0;
for (const mutant of mutants) {
  if (only && !mutant.name.includes(only)) continue;
  const copy = copyOfTree();
  const started = Date.now();
  const env = { ...process.env, CARGO_TARGET_DIR: join(root, 'target') };
  try {
    if (mutant.edits) applyEdits(copy, mutant.edits);
    if (mutant.deb) env.SPINEWISE_DEB = leftoverDeb(copy);
    // A package mutant breaks the built package, not the source: its proof
    // runs in this tree, where the built bundles are.
    const cwd = mutant.deb ? root : copy;
    const result = spawnSync(mutant.run[0], mutant.run.slice(1), { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
    const seconds = Math.round((Date.now() - started) / 1000);
    const output = `${result.stdout}\n${result.stderr}`;
    // The proof must fail on the fault, saying so: a build error, or a
    // failure for another reason, would also "fail" and prove nothing.
    const line = output.split('\n').find((l) => l.includes(mutant.expect));
    if (result.status === 0) {
      survived += 1;
      console.log(`SURVIVED  ${mutant.name}: ${mutant.proof} passed on the broken build (${seconds} s)`);
    } else if (!line) {
      survived += 1;
      console.log(`SURVIVED  ${mutant.name}: ${mutant.proof} failed, but not with "${mutant.expect}" (${seconds} s):`);
      for (const tail of output.trim().split('\n').slice(-8)) console.log(`            ${tail.slice(0, 200)}`);
    } else {
      console.log(`killed    ${mutant.name}: ${mutant.proof} failed, as it must (${seconds} s)`);
      console.log(`            ${line.trim().slice(0, 220)}`);
    }
  } finally {
    // A package mutant must not stay installed, whatever happened.
    if (mutant.deb) {
      asRoot('apt-get', 'remove', '--purge', '-y', '-qq', 'spinewise');
      asRoot('rm', '-f', '/usr/share/spinewise-leftover');
    }
    rmSync(copy, { recursive: true, force: true });
  }
}
if (survived) {
  console.error(`${survived} mutant(s) survived: a proof above cannot catch the fault it is named for.`);
  process.exit(1);
}
