/**
 * Messages for the background's door: valid ones of every type, and invalid ones built from them by
 * mutations that each break the message contract (lib/model/messages.ts) on purpose.
 */
import type { BadgeRequest, PostReading, ProfileReading, ReadingsMessage } from '../../../lib/model/messages';
import { MAX_BADGE_POSTS, MAX_BATCH_READINGS } from '../../../lib/model/messages';
import { NETWORKS, POST_METRICS, PROFILE_METRICS, type MetricReading } from '../../../lib/model/records';
import type { Random } from './random';

/** Ten megabytes, built once. */
export const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

type Json = unknown;
type Obj = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Valid messages

function isoAt(rng: Random): string {
  return new Date(Date.UTC(2024, 0, 1) + rng.int(800 * 24 * 3600) * 1000).toISOString();
}

function metric(rng: Random): MetricReading {
  const value = rng.int(1_000_000);
  if (rng.chance(0.6)) return { value, raw: String(value), min: value, max: value };
  const spread = rng.between(1, 500);
  return {
    value,
    raw: `${(value / 1000).toFixed(1)}K`,
    min: Math.max(0, value - spread),
    max: rng.chance(0.1) ? null : value + spread,
  };
}

function metricsOf(rng: Random, names: readonly string[]): Record<string, MetricReading> {
  const out: Record<string, MetricReading> = {};
  for (const name of names) if (rng.chance(0.6)) out[name] = metric(rng);
  return out;
}

let counter = 0;

function postReading(rng: Random): PostReading {
  const id = String(1_900_000_000_000_000_000n + BigInt(rng.int(1_000_000)));
  const reading: PostReading = {
    kind: 'post',
    network: rng.pick(NETWORKS),
    postId: id,
    url: `https://x.com/someone/status/${id}`,
    hashtags: rng.chance(0.5) ? ['Tag', 'autre'] : [],
    mentions: rng.chance(0.3) ? ['someone_else'] : [],
    metrics: metricsOf(rng, POST_METRICS),
    capturedAt: isoAt(rng),
    pageUrl: 'https://x.com/home',
    locale: rng.pick(['en', 'fr', 'ar', 'fr-CA']),
    parserVersion: 1,
  };
  if (rng.chance(0.8)) reading.author = 'someone';
  if (rng.chance(0.5)) reading.authorName = 'Some One <b>not markup</b>';
  if (rng.chance(0.5)) reading.publishedAt = isoAt(rng);
  return reading;
}

function profileReading(rng: Random): ProfileReading {
  const reading: ProfileReading = {
    kind: 'profile',
    network: rng.pick(NETWORKS),
    handle: rng.pick(['someone', 'autre.compte', 'page-name']),
    metrics: metricsOf(rng, PROFILE_METRICS),
    capturedAt: isoAt(rng),
    pageUrl: 'https://www.instagram.com/someone/',
    locale: 'fr',
    parserVersion: 2,
  };
  if (rng.chance(0.5)) reading.displayName = 'Some One';
  return reading;
}

export function validReadings(rng: Random): ReadingsMessage {
  const readings = Array.from({ length: rng.between(1, 5) }, () =>
    rng.chance(0.7) ? postReading(rng) : profileReading(rng),
  );
  return { type: 'readings', batchId: `fuzz-batch-${++counter}-${rng.nextUint32().toString(36)}`, readings };
}

export function validBadgeRequest(rng: Random): BadgeRequest {
  return {
    type: 'badge-figures',
    network: rng.pick(NETWORKS),
    display: rng.chance(0.5) ? { language: 'fr', locale: 'fr-FR' } : { language: 'en', locale: 'en-GB' },
    posts: Array.from({ length: rng.int(4) }, () => {
      const post = postReading(rng);
      const item: BadgeRequest['posts'][number] = { postId: post.postId, metrics: post.metrics };
      if (post.author) item.author = post.author;
      if (post.publishedAt) item.publishedAt = post.publishedAt;
      return item;
    }),
    profiles: rng.chance(0.5) ? ['someone'] : [],
  };
}

// ---------------------------------------------------------------------------------------------
// Paths into a message, by what the contract says of them

type Path = (string | number)[];

interface Field {
  path: Path;
  kind: 'string' | 'number' | 'int' | 'array' | 'object' | 'iso' | 'nullableNumber';
  required: boolean;
}

/** Every field of a message, with its kind (walks the actual message: arrays have their items). */
function fieldsOf(message: Obj): Field[] {
  const fields: Field[] = [];
  const add = (path: Path, kind: Field['kind'], required = true) => fields.push({ path, kind, required });
  const metricFields = (base: Path, metrics: Obj) => {
    add(base, 'object');
    for (const name of Object.keys(metrics)) {
      add([...base, name], 'object');
      add([...base, name, 'value'], 'number');
      add([...base, name, 'raw'], 'string');
      add([...base, name, 'min'], 'number');
      add([...base, name, 'max'], 'nullableNumber');
    }
  };
  add(['type'], 'string');
  if (message.type === 'readings') {
    add(['batchId'], 'string');
    add(['readings'], 'array');
    (message.readings as Obj[]).forEach((reading, i) => {
      const at = (key: string): Path => ['readings', i, key];
      add(['readings', i], 'object');
      add(at('kind'), 'string');
      add(at('network'), 'string');
      if (reading.kind === 'post') {
        add(at('postId'), 'string');
        add(at('url'), 'string');
        add(at('author'), 'string', false);
        add(at('authorName'), 'string', false);
        add(at('publishedAt'), 'iso', false);
        add(at('hashtags'), 'array');
        add(at('mentions'), 'array');
      } else {
        add(at('handle'), 'string');
        add(at('displayName'), 'string', false);
      }
      metricFields(at('metrics'), reading.metrics as Obj);
      add(at('capturedAt'), 'iso');
      add(at('pageUrl'), 'string');
      add(at('locale'), 'string');
      add(at('parserVersion'), 'int');
    });
  } else {
    add(['network'], 'string');
    add(['posts'], 'array');
    add(['profiles'], 'array');
    (message.posts as Obj[]).forEach((post, i) => {
      add(['posts', i], 'object');
      add(['posts', i, 'postId'], 'string');
      add(['posts', i, 'author'], 'string', false);
      add(['posts', i, 'publishedAt'], 'iso', false);
      metricFields(['posts', i, 'metrics'], post.metrics as Obj);
    });
  }
  return fields;
}

function parentOf(root: Obj, path: Path): { parent: Obj; key: string | number } | null {
  let at: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (typeof at !== 'object' || at === null) return null;
    at = (at as Obj)[key as string];
  }
  if (typeof at !== 'object' || at === null) return null;
  return { parent: at as Obj, key: path[path.length - 1] as string | number };
}

function setAt(root: Obj, path: Path, value: Json): void {
  const found = parentOf(root, path);
  if (found) found.parent[found.key as string] = value;
}

/** Adds an own property, even one named `__proto__`, as JSON.parse and structured clone do. */
function defineOwn(target: Obj, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

/** The strict objects of a message (itself, readings, badge posts, metric readings), not the metric maps. */
function objectsOf(fields: Field[]): Path[] {
  return [[], ...fields.filter((f) => f.kind === 'object' && f.path.at(-1) !== 'metrics').map((f) => f.path)];
}

function valueAt(root: Obj, path: Path): unknown {
  let at: unknown = root;
  for (const key of path) at = (at as Obj | undefined)?.[key as string];
  return at;
}

const WRONG: Record<Field['kind'], readonly Json[]> = {
  string: [42, true, null, [], {}, Number.NaN, ['a']],
  iso: [42, true, null, [], {}, 1716200000000],
  number: ['12', null, true, [], {}, '', '1e3'],
  nullableNumber: ['12', true, [], {}, ''],
  int: ['1', null, true, [], {}],
  array: ['x', 12, {}, null, true],
  object: [[], 'x', 12, null, true],
};

const NOT_ISO = [
  '2026-05-20',
  '20/05/2026',
  'yesterday',
  '2026-05-20T10:00:00+02:00',
  '2026-13-40T99:00:00.000Z',
  '',
  ' 2026-05-20T10:00:00.000Z',
  '2026-05-20T10:00:00.000Z\u0000',
  '2026-05-20 10:00:00',
  'NaN',
  'Invalid Date',
];

const BAD_NUMBERS = [Number.NaN, Infinity, -Infinity, -1, -0.5, 1e14, Number.MAX_VALUE, 2 ** 60];
/** The parser version has no ceiling: only what is not a non-negative integer breaks it. */
const BAD_INTEGERS = [Number.NaN, Infinity, -Infinity, -1, -0.5, 1.5];

const POLLUTING_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  'toString',
  'hasOwnProperty',
];

export type InvalidKind =
  | 'wrong type'
  | 'missing field'
  | 'extra field'
  | 'oversized'
  | 'unknown type'
  | 'prototype keys'
  | 'bad number'
  | 'min > max'
  | 'bad date'
  | 'bad network'
  | 'bad kind'
  | 'empty'
  | 'not an object';

/** Each mutation breaks the contract; returns what it did, or null when this message has no such field. */
const INVALID: Record<InvalidKind, (m: Obj, rng: Random) => string | null> = {
  'wrong type': (m, rng) => {
    const field = rng.pick(fieldsOf(m));
    const value = rng.pick(WRONG[field.kind]);
    setAt(m, field.path, value);
    return `${field.path.join('.')} = ${JSON.stringify(value)}`;
  },
  'missing field': (m, rng) => {
    const required = fieldsOf(m).filter((f) => f.required && f.path.at(-2) !== 'metrics');
    const field = rng.pick(required);
    const found = parentOf(m, field.path);
    if (!found) return null;
    if (Array.isArray(found.parent)) return null;
    delete found.parent[found.key as string];
    return `no ${field.path.join('.')}`;
  },
  'extra field': (m, rng) => {
    const fields = fieldsOf(m);
    const metricMaps = fields.filter((f) => f.path.at(-1) === 'metrics').map((f) => f.path);
    if (metricMaps.length > 0 && rng.chance(0.3)) {
      const path = rng.pick(metricMaps);
      // `__proto__` in a metric map is dropped by the schema, not refused: see protoInMetrics.
      const key = rng.pick([
        'likez',
        'followersCount',
        'impressions',
        ...POLLUTING_KEYS.filter((k) => k !== '__proto__'),
      ]);
      defineOwn(valueAt(m, path) as Obj, key, { value: 1, raw: '1', min: 1, max: 1 });
      return `metric ${key} in ${path.join('.')}`;
    }
    const path = rng.pick(objectsOf(fields));
    const target = path.length === 0 ? m : (valueAt(m, path) as Obj);
    const key = rng.pick(['extra', 'isAdmin', 'html', 'id', ...POLLUTING_KEYS]);
    defineOwn(target, key, rng.pick([true, '<img src=x onerror=alert(1)>', { polluted: 'yes' }, 1]));
    return `extra ${key} in ${path.join('.') || 'message'}`;
  },
  oversized: (m, rng) => {
    const fields = fieldsOf(m);
    switch (rng.int(4)) {
      case 0:
        if (m.type === 'readings') {
          const first = (m.readings as Obj[])[0];
          m.readings = Array.from({ length: MAX_BATCH_READINGS + 1 + rng.int(50) }, () => first);
          return `${(m.readings as unknown[]).length} readings`;
        }
        if (rng.chance(0.5)) {
          m.posts = Array.from({ length: MAX_BADGE_POSTS + 1 }, (_, i) => ({ postId: `p${i}`, metrics: {} }));
          return `${MAX_BADGE_POSTS + 1} badge posts`;
        }
        m.profiles = Array.from({ length: 21 }, (_, i) => `h${i}`);
        return '21 profiles';
      case 1: {
        const strings = fields.filter(
          (f) =>
            f.kind === 'string' &&
            f.path.at(-1) !== 'type' &&
            f.path.at(-1) !== 'kind' &&
            f.path.at(-1) !== 'network',
        );
        const field = rng.pick(strings);
        setAt(m, field.path, TEN_MB);
        return `10 MB ${field.path.join('.')}`;
      }
      case 2: {
        const limits: [string, number][] = [
          ['batchId', 65],
          ['postId', 201],
          ['author', 201],
          ['authorName', 501],
          ['displayName', 501],
          ['raw', 201],
          ['locale', 36],
          ['url', 2049],
          ['handle', 201],
          ['pageUrl', 2049],
        ];
        const candidates = fields.filter((f) => limits.some(([name]) => name === f.path.at(-1)));
        if (candidates.length === 0) return null;
        const field = rng.pick(candidates);
        const limit = limits.find(([name]) => name === field.path.at(-1))?.[1] ?? 10_000;
        setAt(m, field.path, 'a'.repeat(limit));
        return `${field.path.join('.')} of ${limit}`;
      }
      default: {
        const lists = fields.filter((f) => f.path.at(-1) === 'hashtags' || f.path.at(-1) === 'mentions');
        if (lists.length === 0) {
          if (m.type === 'readings') {
            m.batchId = 'short';
            return 'batchId of 5';
          }
          m.profiles = [''];
          return 'empty profile handle';
        }
        const field = rng.pick(lists);
        setAt(
          m,
          field.path,
          rng.chance(0.5) ? Array.from({ length: 101 }, (_, i) => `t${i}`) : ['a'.repeat(141)],
        );
        return `${field.path.join('.')} too long`;
      }
    }
  },
  'unknown type': (m, rng) => {
    const type = rng.pick([
      'readingz',
      'READINGS',
      '',
      'badge',
      'badge-figure',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      0,
      null,
    ]);
    m.type = type;
    return `type ${JSON.stringify(type)}`;
  },
  'prototype keys': () => null, // Built as JSON text: see prototypeMessage.
  'bad number': (m, rng) => {
    const numbers = fieldsOf(m).filter(
      (f) => f.kind === 'number' || f.kind === 'nullableNumber' || f.kind === 'int',
    );
    if (numbers.length === 0) return null;
    const field = rng.pick(numbers);
    const value = field.kind === 'int' ? rng.pick(BAD_INTEGERS) : rng.pick(BAD_NUMBERS);
    setAt(m, field.path, value);
    return `${field.path.join('.')} = ${String(value)}`;
  },
  'min > max': (m, rng) => {
    const metrics = fieldsOf(m)
      .filter((f) => f.path.at(-1) === 'value')
      .map((f) => f.path.slice(0, -1));
    if (metrics.length === 0) return null;
    const path = rng.pick(metrics);
    const reading = valueAt(m, path) as MetricReading;
    if (rng.chance(0.5)) {
      reading.min = reading.value + 1;
      if (reading.max !== null) reading.max = Math.max(reading.max, reading.min);
    } else {
      reading.max = Math.max(0, reading.value) - 1;
      if (reading.max < 0) reading.value = reading.min = 5;
    }
    return `bounds ${reading.min}..${String(reading.max)} around ${reading.value} at ${path.join('.')}`;
  },
  'bad date': (m, rng) => {
    const dates = fieldsOf(m).filter((f) => f.kind === 'iso');
    if (dates.length === 0) return null;
    const field = rng.pick(dates);
    const value = rng.pick(NOT_ISO);
    setAt(m, field.path, value);
    return `${field.path.join('.')} = ${JSON.stringify(value)}`;
  },
  'bad network': (m, rng) => {
    const networks = fieldsOf(m).filter((f) => f.path.at(-1) === 'network');
    const field = rng.pick(networks);
    const value = rng.pick(['tiktok', 'X', 'Facebook', '', 'x ', 'linked in', null]);
    setAt(m, field.path, value);
    return `${field.path.join('.')} = ${JSON.stringify(value)}`;
  },
  'bad kind': (m, rng) => {
    const kinds = fieldsOf(m).filter((f) => f.path.at(-1) === 'kind');
    if (kinds.length === 0) return null;
    const field = rng.pick(kinds);
    const current = valueAt(m, field.path);
    const value = rng.pick([current === 'post' ? 'profile' : 'post', 'posts', 'Post', '', null]);
    setAt(m, field.path, value);
    return `${field.path.join('.')} = ${JSON.stringify(value)}`;
  },
  empty: (m, rng) => {
    if (m.type === 'readings' && rng.chance(0.5)) {
      m.readings = [];
      return 'no readings';
    }
    const ids = fieldsOf(m).filter((f) => ['postId', 'handle', 'author'].includes(String(f.path.at(-1))));
    if (ids.length === 0) {
      m.profiles = [''];
      return 'empty profile handle';
    }
    const field = rng.pick(ids);
    setAt(m, field.path, '');
    return `empty ${field.path.join('.')}`;
  },
  'not an object': () => null, // Replaces the whole message: see notAnObject.
};

const NOT_OBJECTS: readonly (() => unknown)[] = [
  () => null,
  () => undefined,
  () => 42,
  () => 'readings',
  () => [],
  () => true,
  () => [{ type: 'readings' }],
  () => new Map([['type', 'readings']]),
  () => new Date(0),
  () => Object.create(null) as unknown,
  () => ({}),
  () => Number.NaN,
];

/** The same message as JSON text with a polluting key injected at some object, then parsed. */
function prototypeMessage(message: Obj, rng: Random): { message: unknown; what: string } {
  const fields = fieldsOf(message);
  const objects = [
    ...objectsOf(fields),
    ...fields.filter((f) => f.path.at(-1) === 'metrics').map((f) => f.path),
  ];
  const path = rng.pick(objects);
  const payload = rng.pick([
    ['__proto__', { polluted: 'yes', isAdmin: true }],
    ['constructor', { prototype: { polluted: 'yes' } }],
    ['__proto__', { toString: 'nope' }],
  ] as const);
  const target = path.length === 0 ? message : (valueAt(message, path) as Obj);
  // `__proto__` in a metric map is dropped by the schema, not refused: see protoInMetrics.
  const key = path.at(-1) === 'metrics' ? 'constructor' : payload[0];
  defineOwn(target, key, payload[1]);
  // Through JSON, as a message crosses the runtime: `__proto__` stays an own key.
  return {
    message: JSON.parse(JSON.stringify(message)) as unknown,
    what: `${key} in ${path.join('.') || 'message'}`,
  };
}

export interface InvalidCase {
  kind: InvalidKind;
  message: unknown;
  what: string;
}

const KINDS = Object.keys(INVALID) as InvalidKind[];

/** One invalid message: a valid one of a random type broken by one to three contract-breaking mutations. */
export function invalidMessage(rng: Random): InvalidCase {
  const base = (rng.chance(0.6) ? validReadings(rng) : validBadgeRequest(rng)) as unknown as Obj;
  const kind = rng.pick(KINDS);
  if (kind === 'not an object') {
    const message = rng.pick(NOT_OBJECTS)();
    return { kind, message, what: Object.prototype.toString.call(message) };
  }
  if (kind === 'prototype keys') {
    const { message, what } = prototypeMessage(base, rng);
    return { kind, message, what };
  }
  const done: string[] = [];
  let first: string | null;
  try {
    first = INVALID[kind](base, rng);
  } catch {
    first = null; // No field of that kind in this message (a badge request without posts).
  }
  if (first === null) {
    // This message has no such field (a badge request without posts has no metric): break its type.
    base.type = 'readingz';
    done.push('type "readingz"');
  } else {
    done.push(first);
  }
  // Sometimes more damage on top; none of these mutations can repair another.
  for (let extra = rng.int(3); extra > 0; extra--) {
    const more = rng.pick(['wrong type', 'extra field', 'bad number', 'bad date'] as const);
    try {
      const also = INVALID[more](base, rng);
      if (also) done.push(also);
    } catch {
      // The first mutation may have removed the field this one looked for.
    }
  }
  return { kind, message: base, what: done.join('; ') };
}

/**
 * A valid readings message whose metric maps carry an own `__proto__` key (as JSON.parse makes it).
 * The schema's record type drops that key rather than refusing the message.
 */
export function protoInMetrics(rng: Random): ReadingsMessage {
  const message = validReadings(rng);
  for (const reading of message.readings) {
    defineOwn(reading.metrics as Obj, '__proto__', {
      value: 987654,
      raw: 'polluted',
      min: 0,
      max: 987654,
      polluted: 'yes',
    });
  }
  return JSON.parse(JSON.stringify(message)) as ReadingsMessage;
}
