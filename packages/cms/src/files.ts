// Reads the inputs of the generation from the repository and compares or writes its outputs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { generate } from './generate.js';
import { buildModel, type Ids, type Overlay } from './model.js';

export const repo = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(new URL(path, `file://${repo}`), 'utf8');

/** The inputs as they are in the repository (the manifest and the framework's ids are built files). */
export async function inputs(): Promise<{ manifest: unknown; overlay: Overlay; ids: Ids; fallback: string }> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(read('packages/widgets/custom-elements.json'));
  } catch {
    throw new Error(
      'packages/widgets/custom-elements.json is missing: build the widgets first (pnpm --filter @hrc/widgets build).',
    );
  }
  const ids = (await import(new URL('packages/framework/dist/ids.js', `file://${repo}`).href)) as Ids;
  return {
    manifest,
    overlay: JSON.parse(read('packages/cms/overlay.json')) as Overlay,
    ids,
    fallback: read('packages/cms/php/Fallback.php'),
  };
}

/** Every generated file as it should be, formatted as the repository formats it. */
export async function expected(given?: Awaited<ReturnType<typeof inputs>>): Promise<Map<string, string>> {
  const { manifest, overlay, ids, fallback } = given ?? (await inputs());
  const files = generate(buildModel(manifest, overlay, ids), fallback);
  for (const [path, text] of files) {
    if (path.endsWith('.json')) {
      const options = (await resolveConfig(`${repo}${path}`)) ?? {};
      files.set(path, await format(text, { ...options, filepath: `${repo}${path}` }));
    }
  }
  return files;
}

/** The generated files whose committed copy differs from what the description gives. */
export async function stale(files?: Map<string, string>): Promise<string[]> {
  const out: string[] = [];
  for (const [path, text] of files ?? (await expected())) {
    let current: string | null;
    try {
      current = read(path);
    } catch {
      current = null;
    }
    if (current !== text) out.push(path);
  }
  return out;
}
