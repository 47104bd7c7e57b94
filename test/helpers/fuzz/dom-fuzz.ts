/**
 * The DOM fuzzer: reads thousands of mutated copies of each fixture's posts, headers and pages and
 * checks every reading against the properties of properties.ts. Fixtures are parsed once; each case
 * mutates one subtree in place through a journal and rolls it back after the read, so readers see
 * the page around the element as the collector would, and no case pays for a clone.
 */
import type { MetricReading, Network } from '../../../lib/model/records';
import type { Read } from '../../../lib/networks/types';
import { graftEmbedded, sentinelLeaks } from './embedded';
import {
  GENERAL_MIX,
  NUMBER_MIX,
  dropAttribute,
  garbleText,
  graftForeign,
  hugeText,
  mutate,
  renameAttribute,
  stripHooks,
  Journal,
  type Mutation,
  type MutationEnv,
} from './mutate';
import { Haystack, readingProblems } from './properties';
import { Random } from './random';
import { ADAPTERS, contextFor, loadPage, targetsOf, type Target, type TargetKind } from './targets';

export type Category =
  'random' | 'numbers' | 'hooks removed' | 'embedded post' | 'foreign markup' | 'huge text';

export interface SiteFuzzConfig {
  network: Network;
  seed: number;
  /** Cases per kind of target; kinds with no target on this site are skipped. */
  cases: Record<TargetKind, number>;
  /** Of those, how many are 1 MB cases (they cost the most). */
  hugeCases: Record<TargetKind, number>;
  /** The attributes the site's readers hook on. */
  hooks: readonly string[];
  /** The reader's documented zero convention, given the element the reading came from. */
  zeroByConvention: (reading: MetricReading, element: Element) => boolean;
  /** Figures the reader documents as often legitimately absent, so losing one needs no miss. */
  silentlyUnknown?: readonly string[];
  /** Kinds of target whose raw text joins a figure and its label from two elements. */
  joinedRaw?: readonly TargetKind[];
  /** Called after each case's reads, before the rollback (to replay a seed while debugging). */
  trace?: (info: { target: Target; log: string[]; reads: Read[]; misses: string[] }) => void;
}

export interface Violation {
  kind: TargetKind;
  seed: number;
  target: string;
  category: Category;
  mutations: string[];
  problem: string;
}

export interface FuzzReport {
  network: Network;
  cases: Record<string, number>;
  readings: number;
  nullReads: number;
  missesRecorded: number;
  violations: Violation[];
  ms: number;
  /** Of `ms`, the time spent inside the readers. */
  readMs: number;
}

/** Small pages of the other sites, whose posts are grafted in as foreign markup. */
const FOREIGN_PAGES: Record<Network, { file: string; url: string }> = {
  x: {
    file: 'test/fixtures/real/x/status-focused-en-2025-10.html',
    url: 'https://x.com/TestUser123/status/1981398750557065646',
  },
  instagram: {
    file: 'test/fixtures/instagram/post-en.html',
    url: 'https://www.instagram.com/p/C8bN4vWqR5s/',
  },
  facebook: { file: 'test/fixtures/facebook/single-post-en.html', url: 'https://www.facebook.com/' },
  linkedin: {
    file: 'test/fixtures/real/linkedin/feed-post-en-2025-08.html',
    url: 'https://www.linkedin.com/feed/',
  },
};

function foreignRoots(network: Network): Element[] {
  const roots: Element[] = [];
  for (const other of Object.keys(FOREIGN_PAGES) as Network[]) {
    if (other === network) continue;
    const { file, url } = FOREIGN_PAGES[other];
    const page = loadPage(other, file, url);
    roots.push(...Array.from(page.doc.querySelectorAll(ADAPTERS[other].postSelector)).slice(0, 2));
  }
  return roots;
}

const HOOK_MIX: readonly (readonly [number, Mutation])[] = [
  [1, dropAttribute],
  [1, renameAttribute],
];

const CATEGORY_WEIGHTS: readonly (readonly [number, Category])[] = [
  [40, 'random'],
  [20, 'numbers'],
  [12, 'hooks removed'],
  [16, 'embedded post'],
  [12, 'foreign markup'],
];

function postCode(target: Target): string | undefined {
  const read = target.baseline[0];
  return read?.kind === 'post' ? read.postId : undefined;
}

/** Mutates `scope` for one case of `category`; returns the log of what was done. */
function applyCategory(category: Category, scope: Element, env: MutationEnv, target: Target): string[] {
  const { rng } = env;
  switch (category) {
    case 'random':
      return mutate(scope, env, GENERAL_MIX, rng.between(1, 4));
    case 'numbers':
      return mutate(scope, env, NUMBER_MIX, rng.between(1, 5));
    case 'hooks removed': {
      // Attributes only: with the content removed there is nothing left to miss.
      const log = [stripHooks(scope, env)].filter((s): s is string => s !== null);
      return [...log, ...mutate(scope, env, HOOK_MIX, rng.int(2))];
    }
    case 'embedded post': {
      const grafted = graftEmbedded(target.network, scope, env, postCode(target));
      const log = grafted ? [grafted] : [];
      // Only texts: a garbled class could turn the embedded post's own marker into another one.
      return [...log, ...mutate(scope, env, [[1, garbleText]], rng.int(3))];
    }
    case 'foreign markup': {
      const log: string[] = [];
      for (let i = rng.between(1, 3); i > 0; i--) {
        const done = graftForeign(scope, env);
        if (done) log.push(done);
      }
      return [...log, ...mutate(scope, env, GENERAL_MIX, rng.int(2))];
    }
    case 'huge text': {
      const done = hugeText(scope, env);
      return [...(done ? [done] : []), ...mutate(scope, env, GENERAL_MIX, rng.int(2))];
    }
  }
}

/** The roots the collector would hand the reader inside the mutated scope. */
function rootsToRead(target: Target): Element[] {
  const { scope } = target;
  if (target.kind !== 'profile') return [scope];
  const selector = ADAPTERS[target.network].profileSelector ?? ':not(*)';
  if (scope.matches(selector)) return [scope];
  const inner = Array.from(scope.querySelectorAll(selector)).slice(0, 3);
  if (inner.length > 0) return inner;
  // Facebook's profile root is the page's main column, above the header block that was mutated.
  const around = scope.parentElement?.closest(selector);
  return [around ?? scope];
}

/** Every this many cases, the page is compared with its pristine copy: readers must not change it. */
const INTEGRITY_EVERY = 25;

function read(target: Target, root: Element, ctx: ReturnType<typeof contextFor>): Read[] {
  const adapter = ADAPTERS[target.network];
  if (target.kind === 'page') return adapter.readPage?.(target.page.doc, ctx) ?? [];
  const one =
    target.kind === 'post' ? adapter.readPost(root, ctx) : (adapter.readProfile?.(root, ctx) ?? null);
  return one ? [one] : [];
}

/** Whether a reading lost what the untouched page gave: the post itself, a figure, the author. */
function lostSomething(baseline: Read[], reads: Read[], silent: readonly string[]): string | null {
  const before = baseline[0];
  if (!before) return null;
  const after = reads[0];
  if (!after) return 'the whole reading';
  const gone = Object.keys(before.metrics).filter(
    (name) => !(name in after.metrics) && !silent.includes(name),
  );
  if (gone.length > 0) return gone.join(', ');
  if (before.kind === 'post' && after.kind === 'post' && before.author && !after.author) return 'the author';
  return null;
}

export function runDomFuzz(config: SiteFuzzConfig): FuzzReport {
  const started = performance.now();
  const { network } = config;
  const targets = targetsOf(network);
  const foreign = foreignRoots(network);
  const report: FuzzReport = {
    network,
    cases: {},
    readings: 0,
    nullReads: 0,
    missesRecorded: 0,
    violations: [],
    ms: 0,
    readMs: 0,
  };
  let readTime = 0;
  const slowest: Record<string, number> = {};
  const spentBy: Record<string, number> = {};
  let seed = config.seed;
  for (const kind of ['post', 'profile', 'page'] as const) {
    const pool = targets.filter((t) => t.kind === kind);
    if (pool.length === 0) continue;
    const total = config.cases[kind];
    for (let i = 0; i < total; i++) {
      const caseSeed = seed++;
      const rng = new Random(caseSeed);
      const target = rng.pick(pool);
      let category: Category = i < config.hugeCases[kind] ? 'huge text' : rng.weighted(CATEGORY_WEIGHTS);
      // A page reading has no post to embed another in: its share of cases goes to random mutations.
      if (kind === 'page' && category === 'embedded post') category = 'random';
      const key = `${kind}: ${category}`;
      report.cases[key] = (report.cases[key] ?? 0) + 1;
      const journal = new Journal();
      const env: MutationEnv = { rng, journal, foreign, hooks: config.hooks };
      const violation = (problem: string, log: string[]) =>
        report.violations.push({
          kind,
          seed: caseSeed,
          target: target.label,
          category,
          mutations: log,
          problem,
        });
      const pristine = i % INTEGRITY_EVERY === 0 ? target.scope.outerHTML : undefined;

      let log: string[] = [];
      try {
        log = applyCategory(category, target.scope, env, target);
        const ctx = contextFor(target.page.doc, target.page.url);
        const reads: Read[] = [];
        for (const root of rootsToRead(target)) {
          let got: Read[] = [];
          const readStarted = performance.now();
          try {
            got = read(target, root, ctx);
          } catch (error) {
            violation(`the reader threw: ${error instanceof Error ? error.message : String(error)}`, log);
          }
          const spent = performance.now() - readStarted;
          readTime += spent;
          slowest[key] = Math.max(slowest[key] ?? 0, spent);
          spentBy[key] = (spentBy[key] ?? 0) + spent;
          if (got.length === 0) report.nullReads++;
          // A post's figures come from its root; a header's from its block, else the page around it;
          // Instagram's page readings from the served meta tags.
          const haystack =
            target.kind === 'post'
              ? new Haystack(root)
              : target.kind === 'page' && network === 'instagram'
                ? new Haystack(target.page.doc.head)
                : new Haystack(target.scope, target.page.doc.documentElement);
          for (const r of got) {
            report.readings++;
            reads.push(r);
            for (const problem of readingProblems(r, {
              network,
              haystack,
              zeroByConvention: (m) => config.zeroByConvention(m, root),
              joinedRaw: config.joinedRaw?.includes(target.kind) ?? false,
            })) {
              violation(problem, log);
            }
            if (category === 'embedded post') {
              for (const leak of sentinelLeaks(r)) violation(`embedded post leaked: ${leak}`, log);
            }
          }
        }
        config.trace?.({ target, log, reads, misses: ctx.misses });
        report.missesRecorded += ctx.misses.length;
        if (category === 'hooks removed' && ctx.misses.length === 0) {
          const lost = lostSomething(target.baseline, reads, config.silentlyUnknown ?? []);
          if (lost) violation(`lost ${lost} without a miss`, log);
        }
      } catch (error) {
        violation(`the case itself failed: ${error instanceof Error ? error.stack : String(error)}`, log);
      } finally {
        journal.rollback();
      }
      if (pristine !== undefined && target.scope.outerHTML !== pristine) {
        violation('the page was not restored (did a reader change it?)', log);
      }
    }
  }
  report.ms = Math.round(performance.now() - started);
  report.readMs = Math.round(readTime);
  if (process.env.FUZZ_TIMING) console.info(network, 'read ms by category', spentBy, 'slowest', slowest);
  return report;
}

/**
 * Runs one case again from the seed a failure printed, calling `trace` with what was read (a case of
 * the first few, the 1 MB ones, replays as a random case instead).
 */
export function replayCase(
  config: SiteFuzzConfig,
  kind: TargetKind,
  caseSeed: number,
  trace: NonNullable<SiteFuzzConfig['trace']>,
): FuzzReport {
  return runDomFuzz({
    ...config,
    seed: caseSeed,
    cases: { post: 0, profile: 0, page: 0, [kind]: 1 },
    hugeCases: { post: 0, profile: 0, page: 0 },
    trace,
  });
}

/** One line per category for the test log (and docs/RELIABILITY.md). */
export function summarize(report: FuzzReport): string {
  const cases = Object.values(report.cases).reduce((a, b) => a + b, 0);
  const parts = Object.entries(report.cases).map(([key, n]) => `${key} ${n}`);
  return `${report.network}: ${cases} cases (${parts.join('; ')}), ${report.readings} readings, ${report.nullReads} null reads, ${report.missesRecorded} misses recorded, ${report.violations.length} violations, ${report.ms} ms (${report.readMs} ms in the readers)`;
}

/** The first few violations, grouped by problem, for a readable failure. */
export function firstViolations(report: FuzzReport, limit = Number(process.env.FUZZ_SHOW ?? 8)): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of report.violations) {
    const key = v.problem.replace(/\d+/g, '#').slice(0, 60);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(
      `[${v.kind} seed ${v.seed}] ${v.target} (${v.category}: ${v.mutations.join(' | ')}) → ${v.problem}`,
    );
    if (out.length >= limit) break;
  }
  return out;
}
