// `pnpm start`: builds the kit, starts the report receiver (SQLite under .cache/demo/) and serves the
// demo site of Middelstad on http://localhost:8080 (PORT) with the kit's strict CSP. Ctrl-C stops both.
// Reports are sealed: on first start a demo office key is made in .cache/demo/ (its passphrase is
// printed, and shown on the office page), the form gets its public key and the receiver takes only
// reports sealed to it.
//   --no-build   serve what was built last
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEMO_CSP, startStaticServer } from '../demo/server.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const receiverPort = Number(process.env.RECEIVER_PORT ?? port + 1);
const host = process.env.HOST ?? '127.0.0.1';

if (!process.argv.includes('--no-build')) {
  console.log('Building the kit (pnpm run build)…');
  const r = spawnSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('\nThe build failed; fix the errors above and run `pnpm start` again.');
    process.exit(r.status ?? 1);
  }
}

const bundle = `${root}packages/widgets/bundle/`;
if (!existsSync(`${bundle}hrc-loader.js`)) {
  console.error(`${bundle}hrc-loader.js is missing: run \`pnpm run build\` first.`);
  process.exit(1);
}

// HRC_DEMO_DATA: another folder for the demo's reports and key (the tests use a fresh one).
const dataDir = process.env.HRC_DEMO_DATA
  ? `${process.env.HRC_DEMO_DATA.replace(/\/$/, '')}/`
  : `${root}.cache/demo/`;
mkdirSync(`${dataDir}public/`, { recursive: true });

/**
 * The demo's passphrase. A real office chooses its own and never writes it next to the key file; the
 * demo prints it so that anyone can try the office page.
 */
const DEMO_PASSPHRASE = 'middelstad demo passphrase';

/**
 * The demo office key: made on first start (as an office would make its own with hrc-keygen or the office
 * page), kept in .cache/demo/office-key.json. Its public half is served to the form from /demo-key/;
 * the key file itself never is.
 */
async function demoKey() {
  const keyFile = `${dataDir}office-key.json`;
  if (!existsSync(keyFile)) {
    const { createOfficeKey } = await import('../packages/framework/dist/seal/index.js');
    const { file } = await createOfficeKey(DEMO_PASSPHRASE);
    writeFileSync(keyFile, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  }
  const file = JSON.parse(readFileSync(keyFile, 'utf8'));
  const publicFile = `${dataDir}public/office-key.json`;
  writeFileSync(publicFile, `${JSON.stringify({ ...file.publicKey, kid: file.kid })}\n`);
  return { keyFile, publicFile, kid: file.kid };
}

/** Starts @hrc/receiver as a child process and waits until it answers /healthz. */
async function startReceiver(key) {
  const cli = `${root}packages/receiver/dist/cli.js`;
  if (!existsSync(cli)) {
    console.warn(`The receiver is not built (${cli}); the report form will keep reports and retry.`);
    return undefined;
  }
  const token = process.env.HRC_RECEIVER_TOKEN ?? randomBytes(18).toString('base64url');
  const demoOrigins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
  const args = [cli, '--port', String(receiverPort), '--db', `${dataDir}reports.sqlite`];
  for (const origin of demoOrigins) args.push('--origin', origin);
  args.push('--office-key', key.publicFile);
  args.push(
    '--office-notice',
    `Demo of Middelstad. The office key file is ${key.keyFile}; its passphrase is "${DEMO_PASSPHRASE}". ` +
      'A real office keeps its passphrase apart from its key file, never on a page like this.',
  );
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, HRC_RECEIVER_TOKEN: token, PORT: String(receiverPort) },
  });
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  const origin = `http://127.0.0.1:${receiverPort}`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const status = await Promise.race([
      fetch(`${origin}/healthz`).then(
        (res) => (res.ok ? 'up' : 'starting'),
        () => 'starting',
      ),
      exited.then(() => 'exited'),
    ]);
    if (status === 'up') return { child, exited, origin, token, dbFile: `${dataDir}reports.sqlite` };
    if (status === 'exited') break;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  console.warn('The receiver did not start; the report form will keep reports and retry.');
  return undefined;
}

const key = await demoKey();
const receiver = await startReceiver(key);
let site;
try {
  site = await startStaticServer({
    port,
    host,
    // The public key alone: /demo-key/ is a folder that holds nothing else.
    mounts: { '/': `${root}demo/site/`, '/kit/': bundle, '/demo-key/': `${dataDir}public/` },
    proxy: receiver ? { '/reports': receiver.origin } : {},
    csp: DEMO_CSP,
  });
} catch (error) {
  receiver?.child.kill('SIGTERM');
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is in use: stop what runs there or choose another, e.g. PORT=8090 pnpm start.`
      : error,
  );
  process.exit(1);
}

console.log(`
Middelstad, a human rights city: the kit's demo site
  English      ${site.url}
  Nederlands   ${site.url}nl/
  Kit files    ${site.url}kit/  (packages/widgets/bundle/, served as a city would self-host it)
${
  receiver
    ? `  Reports      posted to ${site.url}reports, received by @hrc/receiver on ${receiver.origin.replace('127.0.0.1', 'localhost')}/
               stored in ${receiver.dbFile}
               office page: ${receiver.origin.replace('127.0.0.1', 'localhost')}/admin (token: ${receiver.token})
  Sealed       reports are encrypted in the browser to the demo office key "${key.kid}"
               key file:   ${key.keyFile}
               passphrase: ${DEMO_PASSPHRASE}
               (unlock it on the office page to read the reports; the receiver cannot)`
    : '  Reports      the receiver is not running'
}
Press Ctrl-C to stop.
`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  await site.close();
  if (receiver) {
    receiver.child.kill('SIGTERM');
    const timer = setTimeout(() => receiver.child.kill('SIGKILL'), 5000);
    await receiver.exited;
    clearTimeout(timer);
  }
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
receiver?.exited.then(({ code, signal }) => {
  if (!stopping)
    console.warn(
      `The receiver stopped (${signal ?? `exit ${code}`}); reports are kept and retried by the form.`,
    );
});
