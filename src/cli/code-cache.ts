// Loads the command's CommonJS bundle (dist/bundle/facts.cjs) through V8's code cache: the bytecode
// of every function the build's warm-up run compiled (scripts/warm-cache.mjs), stored beside the
// bundle as facts.cjs.cache. Start-up then skips parsing and compiling most of the code
// (BENCHMARKS.md, cold start). Node 22 does this with module.enableCompileCache(); Node 20 has only
// vm.Script's cachedData, which works for scripts, not ES modules: hence a CommonJS bundle. A cache
// made by another Node (V8 version or flags) is rejected by V8 itself, and the bundle is compiled as
// usual; a missing cache is no error either.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

export interface Loaded {
  /** The bundle's exports. */
  exports: Record<string, unknown>;
  /** The compiled bundle (saveCache writes its code cache). */
  script: Script;
  /** Whether a cache was read and accepted by V8. */
  cached: boolean;
}

/** Runs a CommonJS file as Node's own loader would, with the cache beside it when there is one. */
export function loadCached(url: URL): Loaded {
  const file = fileURLToPath(url);
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(file + '.cache');
  } catch {
    cachedData = undefined; // (not built yet, or removed: compile as usual)
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    // (no importModuleDynamically: Node 20 needs a flag for it; the bundle holds every ES module it imports)
  });
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (exports: object, require: NodeRequire, module: object, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, cached: cachedData !== undefined && !script.cachedDataRejected };
}

/** Writes the code cache of a loaded bundle: every function compiled so far is in it. */
export function saveCache(url: URL, script: Script): void {
  writeFileSync(fileURLToPath(url) + '.cache', script.createCachedData());
}
