/**
 * Ödüyo's list body as documented for customer_list and payment_select:
 * `{filters:[{field, operator, value}], params:{colums:[…]}, limit, offset, sorting:[{field, sort}]}`.
 * Rows are records of strings, as Ödüyo returns them.
 */
export type Row = Record<string, string>;

interface ListBody {
  filters?: { field?: unknown; operator?: unknown; value?: unknown }[];
  params?: { colums?: unknown };
  limit?: unknown;
  offset?: unknown;
  sorting?: { field?: unknown; sort?: unknown }[];
}

export function applyListBody(rows: readonly Row[], raw: unknown): Row[] | string {
  const body = (raw && typeof raw === 'object' ? raw : {}) as ListBody;
  let out = [...rows];
  for (const filter of Array.isArray(body.filters) ? body.filters : []) {
    const field = String(filter.field ?? '');
    const value = String(filter.value ?? '');
    const operator = String(filter.operator ?? '=').toUpperCase();
    const test = predicate(operator, value);
    if (!test) return `Unknown operator ${operator}`;
    out = out.filter((row) => test(row[field] ?? ''));
  }
  for (const sort of [...(Array.isArray(body.sorting) ? body.sorting : [])].reverse()) {
    const field = String(sort.field ?? 'id');
    const direction = String(sort.sort ?? 'ASC').toUpperCase() === 'DESC' ? -1 : 1;
    out.sort((a, b) => direction * compare(a[field] ?? '', b[field] ?? ''));
  }
  const offset = Number(body.offset ?? 0) || 0;
  const limit = Number(body.limit ?? 1000) || 1000;
  out = out.slice(offset, offset + limit);
  const columns = Array.isArray(body.params?.colums) ? (body.params.colums as unknown[]).map(String) : [];
  if (columns.length === 0) return out;
  return out.map((row) => Object.fromEntries(columns.filter((c) => c in row).map((c) => [c, row[c]!])));
}

function predicate(operator: string, value: string): ((cell: string) => boolean) | undefined {
  switch (operator) {
    case '=':
      return (cell) => cell === value;
    case '<>':
      return (cell) => cell !== value;
    case '>':
      return (cell) => compare(cell, value) > 0;
    case '<':
      return (cell) => compare(cell, value) < 0;
    case 'IN': {
      const set = new Set(value.split(',').map((v) => v.trim()));
      return (cell) => set.has(cell);
    }
    case 'LIKE': {
      const pattern = new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll('%', '.*')}$`, 'iu');
      return (cell) => pattern.test(cell);
    }
    default:
      return undefined;
  }
}

function compare(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a.localeCompare(b, 'tr');
}
