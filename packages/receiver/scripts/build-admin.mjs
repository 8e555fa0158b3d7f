// Builds admin/seal.js: what the office page needs from @hrc/framework to open sealed reports in the
// browser (HPKE opening, key files, the report schema, the CSV definition), as one ES module with no
// imports, so the page's CSP ('self' only) and its lack of a bundler are no obstacle.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = await build({
  stdin: {
    contents: [
      'export { openEnvelope, unlockOfficeKey, createOfficeKey, jwkThumbprint, officeKeyFileSchema,',
      '  SealError, MIN_PASSPHRASE_LENGTH, readableFields, splitEvidence, openEvidenceFile, openMessage,',
      '  sealMessage, sealOfficeReply } from "@hrc/framework/seal";',
      'export { reportSchema } from "@hrc/framework/schemas";',
      'export { reportCsvHeader, reportCsvRow } from "@hrc/framework/report-csv";',
    ].join('\n'),
    resolveDir: root,
    sourcefile: 'seal-entry.js',
  },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  outfile: `${root}admin/seal.js`,
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs)[0].bytes;
console.log(`@hrc/receiver: admin/seal.js (${(bytes / 1024).toFixed(1)} kB)`);
