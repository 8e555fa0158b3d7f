// CI checks the README's claim: `.ci/run` runs the README's set-up and test commands and nothing else
// (no system packages installed behind the README's back; every test step installs what it needs).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const ci = readFileSync(new URL('.ci/run', root), 'utf8');

/** The shell commands of the README's quick start block, split at `&&`. */
function readmeCommands(): string[] {
  const block = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  return block
    .split('\n')
    .filter((line) => line.trim() && !line.trim().startsWith('#'))
    .flatMap((line) => line.split('&&').map((c) => c.trim()));
}

/** The commands `.ci/run` executes (comments, shell set-up and control flow left out). */
function ciCommands(): string[] {
  return ci
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#') && !/^(set |cd |if |fi$|then$|else$|[A-Z_]+=)/.test(line))
    .map((line) => line.replace(/"\$PNPM_VERSION"|\$PNPM_VERSION/g, '12.21.0').replace(/"/g, ''));
}

describe('.ci/run', () => {
  it('runs the README quick start commands, except the demo server', () => {
    const expected = readmeCommands().filter((c) => c !== 'pnpm start');
    expect(expected).toEqual(['npm install -g pnpm@12.21.0', 'pnpm install', 'pnpm test']);
    expect(ciCommands()).toEqual(expected);
  });

  it('installs no system packages itself', () => {
    expect(ci).not.toMatch(/apt-get|dpkg|apk |yum /);
  });

  it('pins the pnpm version the root package.json declares', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { packageManager: string };
    expect(pkg.packageManager).toBe('pnpm@12.21.0');
    expect(readmeCommands()).toContain('npm install -g pnpm@12.21.0');
  });
});
