// `DATABASE_URL=postgres://relay@db/paydesk PORT=8080 npm run relay`: the public callback relay
// for PayTR and Paynet (docs/relay.md). It holds no merchant keys and logs counts, never bodies.
import { postgresCallbackStore } from './callback-store';
import { readRelayConfig } from './relay-config';
import { createRelayServer } from './relay-server';

const log = (line: string) => console.log(`${new Date().toISOString()} relay: ${line}`);

const read = readRelayConfig(process.env);
if (!read.ok) {
  console.error(`The relay cannot start; check these settings:\n  ${read.problems.join('\n  ')}`);
  process.exit(2);
}
const { config } = read;
const relay = createRelayServer({
  config,
  store: postgresCallbackStore(config.databaseUrl, (code) => log(`a database connection was lost (${code})`)),
  log,
});

// Installed before listening: a SIGTERM right after the first request still finishes cleanly.
let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  log(`${signal}: finishing the requests in progress`);
  void relay.close().then(
    () => {
      log('stopped');
      process.exit(0);
    },
    () => process.exit(1),
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));

try {
  const { host, port } = await relay.listen();
  log(`listening on http://${host}:${port}`);
} catch (error) {
  console.error(`The relay cannot listen on ${config.host}:${config.port} (${(error as { code?: string }).code ?? 'error'}).`);
  process.exit(1);
}

