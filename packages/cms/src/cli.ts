// pnpm --filter @hrc/cms generate          writes every generated CMS file
// pnpm --filter @hrc/cms check             fails, naming them, when a generated file is stale
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expected, repo, stale } from './files.js';

const check = process.argv.includes('--check');
try {
  const files = await expected();
  const old = await stale(files);
  if (check) {
    if (old.length > 0) {
      console.error(
        `@hrc/cms: generated files differ from the elements' description (custom-elements.json, overlay.json):\n  ${old.join('\n  ')}\nRun \`pnpm --filter @hrc/cms generate\` and commit the result.`,
      );
      process.exit(1);
    }
    console.log(`@hrc/cms: ${files.size} generated CMS files are up to date`);
  } else {
    for (const path of old) {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), files.get(path) ?? '');
    }
    console.log(`@hrc/cms: wrote ${old.length} of ${files.size} generated CMS files`);
  }
} catch (error) {
  console.error(`@hrc/cms: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
