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
const electronOnlyIn = 'Only src/main/electron/ (and the preload) imports electron: that folder is the Electron glue.';

const mainFolders = ['accounts', 'backup', 'callbacks', 'credentials', 'diagnostics', 'electron', 'export', 'handlers', 'http', 'links', 'log', 'outbox', 'printing', 'providers', 'reports', 'shop', 'status', 'store'];
/** Imports of every src/main folder but `allowed`, and of the core's wiring files. */
function mainFoldersExcept(...allowed) {
  return {
    group: [...mainFolders.filter((f) => !allowed.includes(f)).map((f) => `**/${f}/*`), '**/core', '**/dispatcher', '**/event-hub'],
    message: `This folder may import only shared, ${allowed.join(', ')} and clock (layering in docs/architecture.md).`,
  };
}
/** What any file in main may not import, plus folder-specific patterns. */
function mainImports(extraPatterns) {
  return {
    paths: [
      { name: 'electron', message: electronOnlyIn },
      { name: 'keytar', message: 'Only src/main/credentials/keytar-vault.ts imports keytar.' },
    ],
    patterns: [rendererFolder, preloadFolder, ...extraPatterns],
  };
}

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
    // A feature uses another feature only through that feature's index.ts (`../outbox`, not
    // `../outbox/outbox-store`): what a feature offers the others is written down in one place.
    files: ['src/renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'keytar', 'lowdb', 'lowdb/node'],
          patterns: [
            nodeBuiltins,
            mainFolder,
            preloadFolder,
            // A shared stylesheet (the slip's) may be imported directly.
            { regex: '^\\.\\./[a-z-]+/(?!.*\\.css$)', message: "Import another feature through its index.ts ('../outbox'), not its files." },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**', 'src/main/credentials/keytar-vault.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', mainImports([])] },
  },
  {
    // Adapters speak HTTP and the shared rules; accounts, links and stores call them, never the reverse.
    files: ['src/main/providers/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', mainImports([mainFoldersExcept('providers', 'http')])] },
  },
  {
    // Generic code calls a BoundProvider; only providers/ and the core's wiring know the adapters.
    files: ['src/main/{accounts,backup,diagnostics,export,handlers,links,reports,status}/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        mainImports([{ group: ['**/providers/paytr/*', '**/providers/paynet/*', '**/providers/oduyo/*', '**/providers/isbank/*'], message: 'Call the BoundProvider (accounts/account-context.ts), not an adapter.' }]),
      ],
    },
  },
  {
    // The outbox runs requests; links (the service the form calls) builds on it, never the reverse.
    files: ['src/main/outbox/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        mainImports([
          { group: ['**/providers/paytr/*', '**/providers/paynet/*', '**/providers/oduyo/*', '**/providers/isbank/*'], message: 'Call the BoundProvider (accounts/account-context.ts), not an adapter.' },
          { group: ['**/links/*', '**/handlers/*', '**/status/*'], message: 'The outbox imports no links, handlers or status code (no import cycle).' },
        ]),
      ],
    },
  },
  {
    // Stores keep files consistent and know nothing of providers, links or the shell.
    files: ['src/main/store/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', mainImports([mainFoldersExcept('store')])] },
  },
  {
    // Counter-side callback verification: shared rules, the history port, the clock and PayTR's signing only.
    files: ['src/main/callbacks/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', mainImports([mainFoldersExcept('callbacks', 'providers')])] },
  },
  {
    // The public relay is its own small server (node:http + pg): no Electron, no app code, no keys.
    files: ['src/relay/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The relay runs on a server: no Electron.' },
            { name: 'keytar', message: 'The relay holds no keys.' },
          ],
          patterns: [
            { group: ['**/main/*', '**/main', '@shared/*', '**/shared/*'], message: 'The relay imports no app code: it is deployed on its own.' },
            rendererFolder,
            preloadFolder,
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/electron/**/*.ts'],
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
