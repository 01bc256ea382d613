import tseslint from 'typescript-eslint';

/** Layering from docs/architecture.md, enforced: who may import what. */
const nodeBuiltins = { group: ['node:*'], message: 'src/shared and the renderer are pure: no Node built-ins.' };
const mainFolder = { group: ['**/main/*', '**/main'], message: 'Only main may import main; go through the contract.' };
const rendererFolder = { group: ['**/renderer/*'], message: 'Nobody imports the renderer.' };
const preloadFolder = { group: ['**/preload/*'], message: 'Nobody imports the preload.' };
const noEval = { selector: "CallExpression[callee.name='eval']", message: 'No eval.' };
// One Istanbul-time module: Turkish days, dates and PayTR's datetime all come from it (no fixed +3 h).
const istanbulTimeOnlyThere = [
  { selector: "NewExpression[callee.object.name='Intl'][callee.property.name='DateTimeFormat']", message: 'Dates in Turkish time come from src/shared/domain/istanbul-time.ts.' },
  { selector: "Literal[value='Europe/Istanbul']", message: 'Dates in Turkish time come from src/shared/domain/istanbul-time.ts.' },
];
const electronOnlyIn = 'Only index.ts, window.ts, security.ts, print.ts, ipc.ts (and the preload) import electron.';

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test/artifacts/', 'test-results/', 'playwright-report/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', noEval],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/shared/domain/istanbul-time.ts'],
    rules: { 'no-restricted-syntax': ['error', noEval, ...istanbulTimeOnlyThere] },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'keytar', 'lowdb', 'lowdb/node', 'zustand'],
          patterns: [nodeBuiltins, mainFolder, rendererFolder, preloadFolder],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: ['electron', 'keytar', 'lowdb', 'lowdb/node'], patterns: [nodeBuiltins, mainFolder, preloadFolder] },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/{index,window,security,print,ipc}.ts', 'src/main/credentials/keytar-vault.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: electronOnlyIn },
            { name: 'keytar', message: 'Only src/main/credentials/keytar-vault.ts imports keytar.' },
          ],
          patterns: [rendererFolder, preloadFolder],
        },
      ],
    },
  },
  {
    files: ['src/main/{index,window,security,print,ipc}.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'keytar', message: 'Only src/main/credentials/keytar-vault.ts imports keytar.' }] },
      ],
    },
  },
  {
    // The sandboxed preload can load no packages: electron and type-only imports of the contract.
    files: ['src/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: '../shared/contract', allowTypeImports: true, message: 'Type-only: the contract loads zod.' }],
          patterns: [
            {
              regex: '^(?!electron$|\\.\\./shared/channel-names$|\\.\\./shared/contract$)',
              message: 'The sandboxed preload imports nothing else.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.{ts,mjs}', '*.config.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
