import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import {
  builderFuseTable,
  FUSE_SENTINEL,
  fuses,
  libVersion,
  loadBuilderConfig,
  schemePath,
  strictSchemaValidator,
  validateWithBuilder,
  type BuilderConfig,
} from './builder-internals';

const root = join(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  build?: unknown;
  devDependencies: Record<string, string>;
};
const schema = JSON.parse(readFileSync(schemePath, 'utf8')) as unknown;
let config: BuilderConfig;

beforeAll(async () => {
  config = await loadBuilderConfig(root);
});

type Target = { target: string; arch: string[] };
const targetsOf = (platform: string) => (config[platform] as { target: Target[] }).target;

describe('electron-builder.yml', () => {
  it('is what electron-builder loads, and electron-builder itself accepts it', async () => {
    expect(libVersion()).toMatch(/^26\./);
    expect(pkg.build).toBeUndefined(); // one place for the packaging config
    expect(config.appId).toBe('com.paydesk.app');
    await expect(validateWithBuilder(config)).resolves.toBeUndefined();
  });

  it('matches the schema strictly (no type coercion, no unknown option)', () => {
    const validate = strictSchemaValidator(schema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the validators are not vacuous: a misspelt option or a wrong type is refused', async () => {
    const validate = strictSchemaValidator(schema);
    for (const broken of [
      { ...config, asarUnpak: ['x'] },
      { ...config, electronFuses: { ...(config.electronFuses as object), runAsNod: false } },
      { ...config, nsis: { ...(config.nsis as object), oneClick: 'sometimes' } },
    ]) {
      expect(validate(broken)).toBe(false);
      await expect(validateWithBuilder(broken)).rejects.toThrow(/Invalid configuration object/);
    }
  });

  it('names the app and packs only the build output, with the native modules outside the asar', () => {
    expect(config.productName).toBe('PayDesk');
    // electron-builder normalises `files` to one filter set.
    expect(config.files).toEqual([{ filter: ['out/**', 'package.json'] }]);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/keytar/**');
    // Direct ESC/POS printing to serial printers loads serialport's native binding.
    expect(config.asarUnpack).toContain('node_modules/@serialport/bindings-cpp/**');
    expect(config.npmRebuild).toBe(true);
    expect((config.directories as { buildResources: string }).buildResources).toBe('resources');
    expect(config.publish).toBeNull(); // never uploads anything
  });

  it('builds NSIS (x64, arm64), DMG (x64, arm64), AppImage and deb', () => {
    expect(targetsOf('win')).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }]);
    expect(targetsOf('mac')).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(targetsOf('linux').map((t) => t.target)).toEqual(['AppImage', 'deb']);
  });

  it('points every platform at the generated icons', () => {
    expect((config.win as { icon: string }).icon).toBe('resources/icon.ico');
    expect((config.mac as { icon: string }).icon).toBe('resources/icon.icns');
    expect((config.linux as { icon: string }).icon).toBe('resources/icons');
    for (const path of ['resources/icon.ico', 'resources/icon.icns', 'resources/icons/256x256.png']) {
      expect(existsSync(join(root, path)), path).toBe(true);
    }
  });
});

describe('npm scripts', () => {
  it('`npm run dist` builds first, then packages', () => {
    expect(pkg.scripts.dist).toBe('electron-vite build && electron-builder');
    for (const [name, flag] of [['dist:win', '--win'], ['dist:mac', '--mac'], ['dist:linux', '--linux']] as const) {
      expect(pkg.scripts[name]).toBe(`electron-vite build && electron-builder ${flag}`);
    }
  });

  it('`npm ci` never runs electron-builder (no install-app-deps in any install hook)', () => {
    const hooks = ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish', 'preprepare', 'postprepare'];
    const builderPkg = JSON.parse(readFileSync(join(root, 'node_modules/electron-builder/package.json'), 'utf8')) as {
      scripts?: Record<string, string>;
    };
    for (const scripts of [pkg.scripts, builderPkg.scripts ?? {}]) {
      for (const hook of hooks) expect(scripts[hook] ?? '').not.toMatch(/electron-builder|install-app-deps/);
    }
    expect(pkg.devDependencies['electron-builder']).toBeDefined();
  });
});

describe('Electron fuses', () => {
  const { FuseV1Options: O } = fuses;
  const ENABLE = 49;
  const DISABLE = 48;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => (temp = await makeTempDir()));
  afterAll(() => temp.cleanup());

  it('electron-builder maps the config to the intended fuse table', async () => {
    const table = await builderFuseTable(config.electronFuses);
    expect(table).toMatchObject({
      version: '1',
      [O.RunAsNode!]: false,
      [O.EnableNodeOptionsEnvironmentVariable!]: false,
      [O.EnableNodeCliInspectArguments!]: false,
      [O.EnableEmbeddedAsarIntegrityValidation!]: true,
      [O.OnlyLoadAppFromAsar!]: true,
      [O.EnableCookieEncryption!]: true,
      [O.GrantFileProtocolExtraPrivileges!]: false,
    });
  });

  it('flips those fuses in a binary that carries an Electron fuse wire, file:// privileges included', async () => {
    // Electron 45's defaults: run-as-node, NODE_OPTIONS, inspect, file privileges on; the rest off.
    const defaults = [ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE];
    const binary = join(temp.dir, 'paydesk');
    const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, defaults.length, ...defaults])]);
    await writeFile(binary, Buffer.concat([Buffer.alloc(4096, 7), wire, Buffer.alloc(4096, 9)]));

    await fuses.flipFuses(binary, await builderFuseTable(config.electronFuses));
    const after = await fuses.getCurrentFuseWire(binary);

    expect(after[O.RunAsNode!]).toBe(DISABLE);
    expect(after[O.EnableNodeOptionsEnvironmentVariable!]).toBe(DISABLE);
    expect(after[O.EnableNodeCliInspectArguments!]).toBe(DISABLE);
    expect(after[O.EnableEmbeddedAsarIntegrityValidation!]).toBe(ENABLE);
    expect(after[O.OnlyLoadAppFromAsar!]).toBe(ENABLE);
    expect(after[O.EnableCookieEncryption!]).toBe(ENABLE);
    // The window is served from app://, so file:// keeps no extra privileges.
    expect(after[O.GrantFileProtocolExtraPrivileges!]).toBe(DISABLE);
    // Not configured, so left as Electron ships it.
    expect(after[O.LoadBrowserProcessSpecificV8Snapshot!]).toBe(DISABLE);
  });
});
