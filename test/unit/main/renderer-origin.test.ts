import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, ownPageCheck } from '../../../src/main/electron/renderer-origin';

describe('our own page', () => {
  it('is the built index document on app://paydesk, with any query or hash', () => {
    const isOwnPage = ownPageCheck(APP_INDEX_URL);
    for (const url of ['app://paydesk/index.html', 'app://paydesk/index.html#/history', 'app://paydesk/index.html?x=1', 'app://paydesk/']) {
      expect(isOwnPage(url), url).toBe(true);
    }
  });

  it('is not another app:// host or file, a file:// page, the web, or garbage', () => {
    const isOwnPage = ownPageCheck(APP_INDEX_URL);
    for (const url of [
      'app://evil/index.html',
      'app://paydesk.evil/index.html',
      'app://paydesk/assets/index.js',
      'file:///opt/PayDesk/resources/app.asar/out/renderer/index.html',
      'file:///C:/Users/shop/Downloads/index.html',
      'https://paydesk/index.html',
      'about:blank',
      'data:text/html,<p>x</p>',
      'not a url',
      '',
    ]) {
      expect(isOwnPage(url), url).toBe(false);
    }
  });

  it('in development, is any page of the dev server origin and nothing else', () => {
    const isOwnPage = ownPageCheck('http://localhost:5173/');
    expect(isOwnPage('http://localhost:5173/#/settings')).toBe(true);
    expect(isOwnPage('http://localhost:5174/')).toBe(false);
    expect(isOwnPage('app://paydesk/index.html')).toBe(false);
  });
});
