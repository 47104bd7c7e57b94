/**
 * Parsing of a file the user picked, which may come from anywhere: JSON.parse with a reviver that
 * refuses the keys that reach an object's prototype, after a scan that refuses deep nesting (the
 * reviver walks the tree recursively, and junk nested a million deep would overflow the stack).
 */

/** Keys no export document has, and that would reach an object's prototype if ever assigned. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The deepest a valid document nests is 5 (objectives → [i] → kpis → [j]); room for later versions. */
export const MAX_NESTING_DEPTH = 32;

export type JsonParseFailure =
  | { kind: 'invalid-json'; position: number | undefined }
  | { kind: 'too-deep'; position: number }
  | { kind: 'forbidden-key'; key: string; path: string };

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; failure: JsonParseFailure };

/** The offset at which brackets nest deeper than `maxDepth`, or -1. Brackets inside strings don't count. */
export function findExcessiveNesting(text: string, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > maxDepth) return i;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    }
  }
  return -1;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `.name`, `[3]` or `["odd key"]`: the step from a holder to one of its values, as a path reads. */
export function pathStep(key: string | number, inArray: boolean): string {
  if (typeof key === 'number' || inArray) return `[${key}]`;
  if (IDENTIFIER.test(key)) return `.${key}`;
  const shown = key.length > 60 ? `${key.slice(0, 60)}…` : key;
  return `[${JSON.stringify(shown)}]`;
}

/** `posts[3].latestMetrics.likes` from its steps. */
export function formatPath(steps: readonly string[]): string {
  const joined = steps.join('');
  return joined.startsWith('.') ? joined.slice(1) : joined;
}

function syntaxErrorPosition(error: unknown): number | undefined {
  const match = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

export function parseUntrustedJson(text: string, maxDepth: number = MAX_NESTING_DEPTH): JsonParseResult {
  const deep = findExcessiveNesting(text, maxDepth);
  if (deep >= 0) return { ok: false, failure: { kind: 'too-deep', position: deep } };

  // The reviver runs bottom-up. A forbidden key is dropped at once (returning undefined deletes it),
  // and its holder is marked with the path from it to the key; each parent that holds a marked
  // object marks itself with the longer path, so the root ends up knowing the full path.
  const pathToForbidden = new WeakMap<object, { steps: string[]; key: string }>();
  function reviver(this: unknown, key: string, value: unknown): unknown {
    const holder = typeof this === 'object' && this !== null ? this : undefined;
    if (FORBIDDEN_KEYS.has(key)) {
      if (holder && !pathToForbidden.has(holder)) {
        pathToForbidden.set(holder, { steps: [pathStep(key, Array.isArray(holder))], key });
      }
      return undefined;
    }
    if (holder && typeof value === 'object' && value !== null && !pathToForbidden.has(holder)) {
      const below = pathToForbidden.get(value);
      if (below) {
        pathToForbidden.set(holder, {
          steps: [pathStep(key, Array.isArray(holder)), ...below.steps],
          key: below.key,
        });
      }
    }
    return value;
  }

  let value: unknown;
  try {
    value = JSON.parse(text, reviver);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, failure: { kind: 'too-deep', position: 0 } };
    return { ok: false, failure: { kind: 'invalid-json', position: syntaxErrorPosition(error) } };
  }
  const forbidden = typeof value === 'object' && value !== null ? pathToForbidden.get(value) : undefined;
  if (forbidden) {
    return {
      ok: false,
      failure: { kind: 'forbidden-key', key: forbidden.key, path: formatPath(forbidden.steps) },
    };
  }
  return { ok: true, value };
}
