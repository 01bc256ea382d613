import { describe, expect, it } from 'vitest';
import { launchOptions } from '../../../src/main/electron/launch-options';

const defaultDataDir = '/home/shop/.config/PayDesk';
const devEnv = { ELECTRON_RENDERER_URL: 'http://localhost:5173/', PAYDESK_DATA_DIR: '/tmp/paydesk-smoke' };

describe('launch options', () => {
  it('a packaged build loads its own files over app:// and keeps its data folder, whatever the environment says', () => {
    expect(launchOptions({ isPackaged: true, env: devEnv, defaultDataDir })).toEqual({
      rendererUrl: 'app://paydesk/index.html',
      devServer: false,
      dataDir: defaultDataDir,
    });
  });

  it('a development run may use the dev server and another data folder', () => {
    expect(launchOptions({ isPackaged: false, env: devEnv, defaultDataDir })).toEqual({
      rendererUrl: 'http://localhost:5173/',
      devServer: true,
      dataDir: '/tmp/paydesk-smoke',
    });
  });

  it('without the variables a development run behaves like the packaged build', () => {
    expect(launchOptions({ isPackaged: false, env: {}, defaultDataDir })).toEqual({
      rendererUrl: 'app://paydesk/index.html',
      devServer: false,
      dataDir: defaultDataDir,
    });
  });

  it('accepts only a dev server on this machine', () => {
    for (const url of ['http://127.0.0.1:5173/', 'http://[::1]:5173/', 'https://localhost:5173/']) {
      expect(launchOptions({ isPackaged: false, env: { ELECTRON_RENDERER_URL: url }, defaultDataDir }).rendererUrl, url).toBe(url);
    }
    for (const url of ['https://evil.example/', 'http://192.168.1.5:5173/', 'file:///tmp/index.html', 'javascript:alert(1)', 'not a url', '']) {
      const options = launchOptions({ isPackaged: false, env: { ELECTRON_RENDERER_URL: url }, defaultDataDir });
      expect(options, url).toMatchObject({ rendererUrl: 'app://paydesk/index.html', devServer: false });
    }
  });

  it('ignores a relative or empty data folder (Electron needs an absolute path)', () => {
    for (const dir of ['data', './data', '']) {
      expect(launchOptions({ isPackaged: false, env: { PAYDESK_DATA_DIR: dir }, defaultDataDir }).dataDir, dir).toBe(defaultDataDir);
    }
  });
});
