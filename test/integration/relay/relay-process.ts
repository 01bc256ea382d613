import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** The relay as its own process (`node --import tsx src/relay/main.ts`), as a shop deploys it. */
export interface RelayProcess {
  url: string;
  port: number;
  /** Everything it printed (the tests check that no body or token is ever among it). */
  output(): string;
  /** SIGTERM: resolves with the exit code once it has finished. */
  stop(): Promise<number | null>;
  /** SIGKILL, as a crash or `kill -9`. */
  kill(): Promise<void>;
}

export interface RelayEnv {
  databaseUrl: string;
  port?: number;
  /** Extra RELAY_* settings. */
  env?: Record<string, string>;
}

export async function startRelay(options: RelayEnv): Promise<RelayProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('src/relay/main.ts')], {
    env: { PATH: process.env.PATH, DATABASE_URL: options.databaseUrl, PORT: String(options.port ?? 0), RELAY_LOG_INTERVAL_MS: '200', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const port = await new Promise<number>((ready, failed) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on http:\/\/[^:]+:(\d+)/.exec(output);
      if (match) ready(Number(match[1]));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    void exited.then((code) => failed(new Error(`relay exited (${code}) before listening:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

