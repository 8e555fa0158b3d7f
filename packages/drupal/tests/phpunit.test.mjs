// The module's plain PHP classes under Debian's PHPUnit 9.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { packageDir, run } from './lib.mjs';

test('PHPUnit: shortcode parser, value checks, catalog and widget builder', () => {
  const r = run('phpunit', ['-c', join(packageDir, 'phpunit.xml')], { cwd: packageDir });
  const output = `${r.stdout}${r.stderr}`;
  assert.equal(r.status, 0, output);
  const tests = Number(output.match(/OK \((\d+) tests?/)?.[1] ?? 0);
  assert.ok(tests >= 40, `expected at least 40 PHPUnit tests, ran ${tests}\n${output}`);
});
