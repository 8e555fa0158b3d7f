// `pnpm start`: builds the kit, starts the report receiver (SQLite under .cache/demo/) and serves the
// demo site of Middelstad on http://localhost:8080 (PORT) with the kit's strict CSP. Ctrl-C stops both.
//   --no-build   serve what was built last
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
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

/** Starts @hrc/receiver as a child process and waits until it answers /healthz. */
async function startReceiver() {
  const cli = `${root}packages/receiver/dist/cli.js`;
  if (!existsSync(cli)) {
    console.warn(`The receiver is not built (${cli}); the report form will keep reports and retry.`);
    return undefined;
  }
  // HRC_DEMO_DATA: another folder for the demo's reports (the tests use a fresh one).
  const dataDir = process.env.HRC_DEMO_DATA
    ? `${process.env.HRC_DEMO_DATA.replace(/\/$/, '')}/`
    : `${root}.cache/demo/`;
  mkdirSync(dataDir, { recursive: true });
  const token = process.env.HRC_RECEIVER_TOKEN ?? randomBytes(18).toString('base64url');
  const demoOrigins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
  const args = [cli, '--port', String(receiverPort), '--db', `${dataDir}reports.sqlite`];
  for (const origin of demoOrigins) args.push('--origin', origin);
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

const receiver = await startReceiver();
let site;
try {
  site = await startStaticServer({
    port,
    host,
    mounts: { '/': `${root}demo/site/`, '/kit/': bundle },
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
               office page: ${receiver.origin.replace('127.0.0.1', 'localhost')}/admin (token: ${receiver.token})`
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
