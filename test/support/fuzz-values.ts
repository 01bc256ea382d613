/** Seeded generators of hostile IPC inputs (reproducible: a failing seed can be replayed). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const unicodeEdges = [
  '\u0000',
  '\uD800',
  '\u202Eevil',
  'İıIiŞşĞğ',
  '😀'.repeat(50),
  'a\u0301\u0301\u0301',
  '\r\n\t',
  '${7*7}<script>alert(1)</script>',
  "'; DROP TABLE links; --",
  '../../../../etc/passwd',
];

function deepNest(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** Own `__proto__` / `constructor` keys, as JSON.parse (and structured clone) create them. */
const pollution = () => [
  JSON.parse('{"__proto__":{"polluted":true}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
  JSON.parse('{"prototype":{"polluted":true},"__proto__":null}'),
];

export function randomValue(random: () => number, depth = 0): unknown {
  const choices: (() => unknown)[] = [
    () => null,
    () => undefined,
    () => random() < 0.5,
    () => Math.floor(random() * 2 ** 53) * (random() < 0.5 ? -1 : 1),
    () => pick(random, [NaN, Infinity, -Infinity, -0, 1e308, 5e-324, 0.1 + 0.2]),
    () => '',
    () => 'x'.repeat(Math.floor(random() * 5000)),
    () => 'y'.repeat(1_000_000),
    () => pick(random, unicodeEdges),
    () => BigInt(Math.floor(random() * 1000)),
    () => new Date(Math.floor(random() * 4e12)),
    () => new Uint8Array(Math.floor(random() * 64)),
    () => deepNest(200 + Math.floor(random() * 800)),
    () => pick(random, pollution()),
    () => (depth > 3 ? [] : Array.from({ length: Math.floor(random() * 5) }, () => randomValue(random, depth + 1))),
    () => {
      if (depth > 3) return {};
      const out: Record<string, unknown> = {};
      for (let i = 0; i < Math.floor(random() * 5); i++) out[pick(random, ['id', 'url', 'draft', 'value', 'x'])] = randomValue(random, depth + 1);
      return out;
    },
  ];
  return pick(random, choices)();
}

/** A near-valid input: a valid sample with one part broken (wrong type, extra key, removed key …). */
export function mutate(random: () => number, sample: unknown): unknown {
  if (sample === undefined || sample === null || typeof sample !== 'object') return randomValue(random);
  const copy = structuredClone(sample) as Record<string, unknown>;
  const paths = collectPaths(copy);
  const path = pick(random, paths);
  const parent = path.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, copy);
  const key = path[path.length - 1]!;
  switch (Math.floor(random() * 4)) {
    case 0:
      parent[key] = randomValue(random);
      break;
    case 1:
      delete parent[key];
      break;
    case 2:
      parent[pick(random, ['__proto__', 'constructor', 'extra', 'isAdmin'])] = randomValue(random);
      break;
    default:
      return pick(random, [[copy], JSON.stringify(copy), { input: copy }]);
  }
  return copy;
}

function collectPaths(node: Record<string, unknown>, prefix: string[] = []): string[][] {
  const out: string[][] = [];
  for (const [key, value] of Object.entries(node)) {
    out.push([...prefix, key]);
    if (value && typeof value === 'object' && !Array.isArray(value)) out.push(...collectPaths(value as Record<string, unknown>, [...prefix, key]));
  }
  return out.length > 0 ? out : [['x']];
}
