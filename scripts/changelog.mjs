// Makes the Debian changelog (packaging/linux/changelog and its .gz) from the
// released sections of CHANGELOG.md, so the release notes are written once.
//   node scripts/changelog.mjs           writes both files
//   node scripts/changelog.mjs --check   fails if they are out of date

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAINTAINER = 'Spinewise developers <hello@spinewise.app>';
const WIDTH = 76;

/// The released sections of a Keep-a-Changelog file: [{ version, date, entries }], newest first.
export function releases(markdown) {
  const sections = [];
  let current = null;
  for (const line of markdown.split('\n')) {
    const heading = /^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?/.exec(line);
    if (heading) {
      current = heading[1] === 'Unreleased' ? null : { version: heading[1], date: heading[2], entries: [] };
      if (current) {
        if (!current.date) throw new Error(`CHANGELOG.md: ${heading[1]} has no date`);
        sections.push(current);
      }
    } else if (current && line.startsWith('- ')) {
      current.entries.push(line.slice(2).trim());
    } else if (current && /^\s+\S/.test(line) && current.entries.length) {
      current.entries[current.entries.length - 1] += ` ${line.trim()}`;
    }
  }
  return sections;
}

/// "  * text" wrapped at WIDTH, continuation lines indented to the text.
function bullet(text) {
  const lines = [];
  let line = '  *';
  for (const word of text.split(/\s+/)) {
    if (line.length + 1 + word.length > WIDTH && line.trim() !== '*') {
      lines.push(line);
      line = `    ${word}`;
    } else {
      line += ` ${word}`;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

/// An RFC 2822 date at noon UTC, as Debian changelogs write it.
function debianDate(day) {
  const date = new Date(`${day}T12:00:00Z`);
  const weekday = date.toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' });
  const month = date.toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' });
  const dd = String(date.getUTCDate()).padStart(2, '0');
  return `${weekday}, ${dd} ${month} ${date.getUTCFullYear()} 12:00:00 +0000`;
}

export function debianChangelog(markdown) {
  return releases(markdown)
    .map(
      (r) =>
        `spinewise (${r.version}) unstable; urgency=medium\n\n${r.entries.map(bullet).join('\n')}\n\n -- ${MAINTAINER}  ${debianDate(r.date)}\n`,
    )
    .join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = debianChangelog(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'));
  const plain = join(root, 'packaging/linux/changelog');
  if (process.argv.includes('--check')) {
    if (readFileSync(plain, 'utf8') !== text) {
      console.error('packaging/linux/changelog is out of date: run node scripts/changelog.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(plain, text);
    // Level 9 and no name or time in the header, like gzip -9n, as lintian asks.
    writeFileSync(`${plain}.gz`, gzipSync(text, { level: 9 }));
  }
}
