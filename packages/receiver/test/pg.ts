/**
 * Finds or starts a real PostgreSQL server for the tests, and hands out a fresh database per suite.
 * Order: DATABASE_URL if set; else Debian's cluster (started here, as root, with a test role made for
 * it); else, as root on Debian, `apt-get install postgresql` first. Anything else is an error that says
 * what to do: these tests never pass without a real server.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

const ROLE = 'hrc_test';

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function asPostgres(sql: string): string {
  const args = ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-c', sql];
  return has('runuser')
    ? run('runuser', ['-u', 'postgres', '--', 'psql', ...args])
    : run('su', ['postgres', '-c', `psql ${args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')}`]);
}

function startDebianCluster(): string {
  const isRoot = process.getuid?.() === 0;
  if (!has('pg_ctlcluster')) {
    if (!isRoot || !has('apt-get')) {
      throw new Error(
        'PostgreSQL tests need a server: set DATABASE_URL=postgres://user:password@host/db (a role that may ' +
          'CREATE DATABASE), or run as root on Debian so the tests can install and start `postgresql`.',
      );
    }
    run('apt-get', ['update', '-qq']);
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql'], {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  const clusters = run('pg_lsclusters', ['-h'])
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(/\s+/));
  const cluster = clusters[0];
  if (!cluster) throw new Error('PostgreSQL is installed but has no cluster (see `pg_createcluster`).');
  const [version, name, port, status] = cluster as [string, string, string, string];
  if (status !== 'online') {
    if (!isRoot) {
      throw new Error(
        `PostgreSQL cluster ${version}/${name} is down; start it (pg_ctlcluster ${version} ${name} start) or set DATABASE_URL.`,
      );
    }
    run('pg_ctlcluster', [version, name, 'start']);
  }
  if (isRoot) {
    asPostgres(
      `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN ` +
        `CREATE ROLE ${ROLE} LOGIN CREATEDB PASSWORD '${ROLE}'; END IF; END $$;`,
    );
  }
  return `postgres://${ROLE}:${ROLE}@127.0.0.1:${port}/postgres`;
}

let base: string | undefined;

/** A URL for a server that is up, with a role allowed to create databases. */
export function postgresServerUrl(): string {
  base ??= process.env.DATABASE_URL || startDebianCluster();
  return base;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database on the test server; `drop()` removes it. */
export async function freshDatabase(): Promise<TestDatabase> {
  const server = postgresServerUrl();
  const name = `hrc_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const sql = postgres(server, { max: 1, onnotice: () => {} });
      try {
        await sql.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await sql.end();
      }
    },
  };
}
