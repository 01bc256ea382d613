import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layering rules of docs/architecture.md are lint rules; these cases prove each one bites. */
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').length;
}

describe('layering lint rules', () => {
  it.each([
    ['src/shared/domain/x.ts', "import { readFile } from 'node:fs';"],
    ['src/shared/domain/x.ts', "import { app } from 'electron';"],
    ['src/shared/domain/x.ts', "import { useState } from 'react';"],
    ['src/shared/domain/x.ts', "import { createCore } from '../../main/core';"],
    ['src/renderer/src/x.ts', "import { createCore } from '../../main/core';"],
    ['src/renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['src/main/links/x.ts', "import { BrowserWindow } from 'electron';"],
    ['src/main/store/x.ts', "import keytar from 'keytar';"],
    ['src/preload/index.ts', "import { z } from 'zod';"],
    ['src/preload/index.ts', "import { channels } from '../shared/contract';"],
    ['src/renderer/src/features/history/x.ts', "import { useOutboxStore } from '../outbox/outbox-store';"],
    ['src/renderer/src/features/history/x.ts', "import { ipcRenderer } from 'electron';"],
    ['src/relay/x.ts', "import { app } from 'electron';"],
    ['src/relay/x.ts', "import { pushChange } from '../main/shop/shop-changes';"],
    ['src/relay/x.ts', "import { App } from '../renderer/src/app';"],
    ['src/main/callbacks/x.ts', "import { HistoryStore } from '../store/history/history-store';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).toBeGreaterThan(0);
  });

  it.each([
    ['src/main/electron/window.ts', "import { BrowserWindow } from 'electron';"],
    ['src/main/electron/menu.ts', "import { Menu } from 'electron';"],
    ['src/main/credentials/keytar-vault.ts', "import keytar from 'keytar';"],
    ['src/preload/index.ts', "import type { PayDeskBridge } from '../shared/contract';"],
    ['src/renderer/src/x.ts', "import { channels } from '../../shared/contract';"],
    ['src/shared/domain/x.ts', "import { z } from 'zod';"],
    ['src/main/providers/paytr/x.ts', "import type { HttpClient } from '../../http/http-client';"],
    ['src/main/providers/paytr/x.ts', "import type { Clock } from '../../clock';"],
    ['src/main/store/history/x.ts', "import { atomicWrite } from '../atomic-json-file';"],
    ['src/main/store/x.ts', "import type { LinkRecord } from '../../shared/domain/link-record';"],
    ['src/renderer/src/features/history/x.ts', "import { useOutboxStore } from '../outbox';"],
    ['src/renderer/src/features/history/x.ts', "import { useHistoryStore } from './history-store';"],
    ['src/renderer/src/features/day-end/x.ts', "import '../print/slip.css';"],
    ['src/renderer/src/features/history/x.ts', "import { Field } from '../../components/field';"],
    ['src/relay/x.ts', "import pg from 'pg';"],
    ['src/main/callbacks/x.ts', "import { verifyPaytrCallback } from '../providers/paytr/paytr-signing';"],
  ])('%s may: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).toBe(0);
  });

  it('keeps Turkish time in one module', async () => {
    const code = "export const f = new Intl.DateTimeFormat('tr-TR', { timeZone: 'Europe/Istanbul' });\n";
    const messages = async (filePath: string) => ((await eslint.lintText(code, { filePath }))[0]?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax');
    expect(await messages('src/shared/rules/x.ts')).toHaveLength(2);
    expect(await messages('src/renderer/src/x.ts')).toHaveLength(2);
    expect(await messages('src/shared/domain/istanbul-time.ts')).toHaveLength(0);
  });
});
