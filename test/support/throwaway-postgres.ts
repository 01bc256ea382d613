import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real PostgreSQL for one test file (Debian's `postgresql` package, installed by .ci/run):
 * `initdb` into a fresh folder, `pg_ctl start` on a free loopback port, `stop()` removes it all.
 * PostgreSQL refuses to run as root, so when the tests run as root the server runs as `postgres`.
 */
export interface ThrowawayPostgres {
  host: string;
  port: number;
  /** The superuser (created by initdb); tests create shop roles with it. */
  superuser: string;
  /** `postgres://superuser@127.0.0.1:port/dbname`. */
  url(database?: string, user?: string, password?: string): string;
  stop(): Promise<void>;
  /** Stops it (fast: open connections are cut) and starts it again on the same port and data. */
  restart(): Promise<void>;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  const version = versions[0];
  if (!version) throw new Error('PostgreSQL is not installed (apt-get install postgresql; .ci/run does it)');
  return join(root, version, 'bin');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = binDir();
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? 'postgres' : (process.env.USER ?? 'postgres');
  const dir = mkdtempSync(join(tmpdir(), 'paydesk-pg-'));
  const data = join(dir, 'data');
  const run = (command: string, args: string[]) => {
    const full = join(bin, command);
    const result = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', full, ...args], { encoding: 'utf8' }) : spawnSync(full, args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  if (asRoot) {
    chmodSync(dir, 0o700);
    execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  }
  run('initdb', ['-D', data, '-U', user, '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '-N']);
  // The superuser (tests' set-up) is trusted; every other role, like a shop's, must give its password.
  writeFileSync(join(data, 'pg_hba.conf'), `local all all trust\nhost all ${user} 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n`);
  const port = await freePort();
  // Loopback only, the socket in the throwaway folder, durability off (the data is thrown away).
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  return {
    host: '127.0.0.1',
    port,
    superuser: user,
    url: (database = 'postgres', who = user, password) =>
      `postgres://${encodeURIComponent(who)}${password ? `:${encodeURIComponent(password)}` : ''}@127.0.0.1:${port}/${database}`,
    async restart() {
      run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-m', 'fast', '-w', 'restart']);
    },
    async stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
