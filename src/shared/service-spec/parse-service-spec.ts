import { majorToMinor } from '../domain/money';
import { fail, ok, type Result } from '../result';
import type { AmountRange, AmountRules, ServiceEntry, ServiceField, ServiceFormModel } from './service-form';
import { wireServiceSchema, type WireField, type WireService } from './spec-wire';

/**
 * Turns İşbank's Services answer (with or without its `{"data": …}` wrapper) into the form model.
 * Lenient about the quirks the documented sample shows; strict about shapes it cannot read (→ provider-rejected).
 */
export function parseServiceSpec(body: unknown): Result<ServiceFormModel> {
  const inner = body && typeof body === 'object' && 'data' in body ? (body as { data: unknown }).data : body;
  const parsed = wireServiceSchema.safeParse(inner);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'data';
    return fail('provider-rejected', `The service description could not be read (at ${where})`);
  }
  return ok(buildModel(parsed.data));
}

function buildModel(wire: WireService): ServiceFormModel {
  const warnings: string[] = [];
  const top = named(wire.free_collection_query_specs?.input_fields ?? []);
  const keys = uniqueKeys(top, warnings);
  const entries: ServiceEntry[] = [];
  for (const field of byGroupIndex(top)) {
    const children = named(field.input_fields);
    const key = keys.get(field);
    if (key === undefined) continue;
    if (children.length === 0) {
      entries.push(toField(field, key, warnings));
      continue;
    }
    const fields: ServiceField[] = [];
    for (const child of byGroupIndex(flatten(children, field.name ?? '', warnings))) {
      const childKey = keys.get(child);
      if (childKey !== undefined) fields.push(toField(child, childKey, warnings));
    }
    entries.push({
      kind: 'group',
      key,
      name: field.name ?? key,
      label: field.label ?? field.name ?? key,
      required: field.required ?? false,
      help: field.description,
      groupIndex: field.group_index,
      fields,
    });
  }
  const features = wire.payment_features;
  return {
    serviceId: wire.service_id,
    inputMethod: wire.free_collection_query_specs?.input_method?.type,
    freePaymentAllowed: features?.free_payment_allowed ?? true,
    collectablePaymentAllowed: features?.collectable_payment_allowed ?? false,
    entries,
    amount: amountRules(wire, warnings),
    warnings,
  };
}

/** Placeholder children (`{"items":[]}`) have no name: they describe nothing and are dropped. */
function named(fields: readonly WireField[]): WireField[] {
  return fields.filter((f) => f.name !== undefined && /^[\w.-]{1,100}$/.test(f.name));
}

/** Deeper levels are rare; they are shown inside their top-level group, in their own order. */
function flatten(children: readonly WireField[], parent: string, warnings: string[]): WireField[] {
  return children.flatMap((child) => {
    const grandChildren = named(child.input_fields);
    if (grandChildren.length === 0) return [child];
    warnings.push(`Fields nested below ${parent}.${child.name} are shown inside ${parent}`);
    return flatten(grandChildren, parent, warnings);
  });
}

/** Stable sort by `group_index`; fields without one keep their place after those with one. */
function byGroupIndex(fields: readonly WireField[]): WireField[] {
  return fields
    .map((field, position) => ({ field, position }))
    .sort((a, b) => {
      const ga = a.field.group_index ?? Number.POSITIVE_INFINITY;
      const gb = b.field.group_index ?? Number.POSITIVE_INFINITY;
      return ga === gb ? a.position - b.position : ga - gb;
    })
    .map((x) => x.field);
}

/**
 * Values are keyed by field name; a name used twice (e.g. `Address` the group and `Address`
 * inside another group) gets `Parent.Name`. A duplicate that stays ambiguous is dropped.
 */
function uniqueKeys(top: readonly WireField[], warnings: string[]): Map<WireField, string> {
  const all: { field: WireField; parent?: string }[] = [];
  for (const field of top) {
    all.push({ field });
    for (const child of flatten(named(field.input_fields), field.name ?? '', [])) all.push({ field: child, parent: field.name });
  }
  const count = new Map<string, number>();
  for (const { field } of all) count.set(field.name!, (count.get(field.name!) ?? 0) + 1);
  const keys = new Map<WireField, string>();
  const used = new Set<string>();
  for (const { field, parent } of all) {
    const name = field.name!;
    const key = count.get(name)! > 1 && parent ? `${parent}.${name}` : name;
    if (used.has(key)) {
      warnings.push(`Field ${key} appears twice; the second one is ignored`);
      continue;
    }
    used.add(key);
    keys.set(field, key);
  }
  return keys;
}

function toField(wire: WireField, key: string, warnings: string[]): ServiceField {
  const choices = wire.items
    .filter((i): i is { key: string; value?: string } => i.key !== undefined)
    .map((i) => ({ key: i.key, value: i.value ?? i.key }));
  const type = wire.parameter_type?.toLowerCase();
  const parameterType = type === 'numeric' || type === 'alphanumeric' ? type : undefined;
  if (wire.parameter_type && !parameterType) warnings.push(`${key}: unknown parameter type ${wire.parameter_type}`);
  let minLength = wholeNumber(wire.parameter_length?.min);
  const maxLength = wholeNumber(wire.parameter_length?.max) || undefined;
  if (minLength !== undefined && maxLength !== undefined && minLength > maxLength) {
    warnings.push(`${key}: minimum length ${minLength} is above the maximum; minimum ignored`);
    minLength = undefined;
  }
  return {
    kind: choices.length > 0 ? 'choice' : 'text',
    key,
    name: wire.name ?? key,
    label: wire.label ?? wire.name ?? key,
    required: wire.required ?? false,
    parameterType,
    minLength,
    maxLength,
    regex: usableRegex(wire.regex, key, warnings),
    uiHint: wire.ui_hint,
    sample: wire.sample,
    help: wire.description,
    groupIndex: wire.group_index,
    choices,
  };
}

function wholeNumber(value: number | undefined): number | undefined {
  return value !== undefined && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** A pattern that does not compile is dropped (and noted) rather than blocking every payment. */
function usableRegex(pattern: string | undefined, key: string, warnings: string[]): string | undefined {
  if (pattern === undefined) return undefined;
  try {
    new RegExp(pattern);
    return pattern;
  } catch {
    warnings.push(`${key}: the provider's pattern does not compile and is ignored`);
    return undefined;
  }
}

function amountRules(wire: WireService, warnings: string[]): AmountRules {
  const input = wire.amount_input;
  const ranges: AmountRange[] = [];
  for (const range of input?.amount_limitations?.amount_range ?? []) {
    const currency = range.currency_code?.toUpperCase();
    if (!currency || !/^[A-Z]{3}$/.test(currency)) continue;
    // Limits are major units (min_value 900 TRY = 900 lira), converted exactly.
    const minMinor = range.min_value === undefined ? undefined : majorToMinor(range.min_value);
    const maxMinor = range.max_value === undefined ? undefined : majorToMinor(range.max_value);
    if (minMinor === null || maxMinor === null) {
      warnings.push(`${currency}: amount limits could not be read and are ignored`);
      continue;
    }
    ranges.push({ currency, minMinor, maxMinor });
  }
  return {
    type: input?.type,
    decimalFractionAllowed: input?.decimal_fraction_allowed ?? true,
    ranges,
    selectedCurrency: input?.selected_amount_limitation?.currency_code?.toUpperCase(),
  };
}
