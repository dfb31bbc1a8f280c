#!/usr/bin/env node
/**
 * `node scripts/run.js <entry.ts> [args...]`: runs a TypeScript entry point with plain Node.
 *
 * Every `.ts` module is transpiled to CommonJS with esbuild (type-stripping only, as tsx does) and
 * the result is kept under `node_modules/.cache/platform-js/`, keyed by the source (see `cacheKey`),
 * the esbuild version and the options below. A warm run reads the cached JavaScript
 * and never loads esbuild, so start-up costs what loading the code costs. The cache lives in
 * node_modules so that the throwaway repository copies the tests make (which link node_modules and
 * imports/) share it.
 *
 * Modules are compiled at their real path, so `__dirname`, JSON imports and `require.main === module`
 * behave exactly as under tsx. Type checking is `npm run typecheck`'s job, not this runner's.
 *
 * Plain JavaScript on purpose: it is what runs before any TypeScript can.
 */
'use strict';
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const CACHE_DIR = path.join(__dirname, '..', 'node_modules', '.cache', 'platform-js');
const ESBUILD_VERSION = require('esbuild/package.json').version;
const TRANSFORM = { loader: 'ts', format: 'cjs', target: 'node20' };
const CACHE_KEY = `${ESBUILD_VERSION}\0${JSON.stringify(TRANSFORM)}\0`;

let esbuild;

/** Above this size a file is keyed by its stat data instead of its content. */
const LARGE_FILE_BYTES = 256 * 1024;

/**
 * A cache key for `filename`. Small files are keyed by their content, so the throwaway repository
 * copies the tests make share the entries of the files they did not change. Large files (the
 * generated imports/, megabytes each) are keyed by path and stat data — size, inode, modification
 * and change times in nanoseconds, what git itself trusts to tell a changed file — so that a warm
 * start never reads them.
 */
function cacheKey(filename) {
  const st = statSync(filename, { bigint: true });
  const hash = createHash('sha1').update(CACHE_KEY);
  if (st.size < LARGE_FILE_BYTES) hash.update(readFileSync(filename));
  else hash.update(`${filename}\0${st.size}\0${st.ino}\0${st.mtimeNs}\0${st.ctimeNs}`);
  return hash.digest('hex');
}

/** The CommonJS text of a TypeScript source, and the cache file that holds it. */
function compiled(filename) {
  const key = cacheKey(filename);
  const file = path.join(CACHE_DIR, key.slice(0, 2), `${key}.js`);
  try {
    return { code: readFileSync(file, 'utf8'), file };
  } catch {
    esbuild ??= require('esbuild');
    const { code } = esbuild.transformSync(readFileSync(filename, 'utf8'), TRANSFORM);
    writeAtomically(file, code);
    return { code, file };
  }
}

// `.ts` first: an extension-less import such as './versions' means versions.ts, as TypeScript
// resolves it, even where a versions.json sits beside it (Node tries extensions in key order).
const builtin = { ...Module._extensions };
for (const ext of Object.keys(builtin)) delete Module._extensions[ext];
Module._extensions['.ts'] = function loadTypeScript(module, filename) {
  const { code, file } = compiled(filename);
  run(module, filename, code, file);
};
// Marks the loader as this runner's, so that environments/load.ts can rely on `require` for TypeScript.
Module._extensions['.ts'].compilesTypeScript = true;

/**
 * What `module._compile` does, plus V8's code cache: the generated modules under imports/ are
 * megabytes of JavaScript, and parsing them dominates start-up. The cache (beside the compiled file,
 * per Node version) holds V8's bytecode; V8 rejects a cache that does not match, and it is rebuilt.
 */
function run(module, filename, code, file) {
  execute(module, filename, compile(filename, code, file));
}

/** V8's compiled script for `code`, from or into the code cache beside `file`. */
function compile(filename, code, file) {
  const codeCache = `${file.slice(0, -3)}.${process.version}-${process.arch}.v8`;
  let cachedData;
  try {
    cachedData = readFileSync(codeCache);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(code), { filename, cachedData });
  return { script, codeCache, fresh: cachedData === undefined || script.cachedDataRejected };
}

function execute(module, filename, { script, codeCache, fresh }) {
  const fn = script.runInThisContext({ displayErrors: true });
  const require = (id) => module.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, module, false, options);
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, module);
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  fn.call(module.exports, module.exports, require, module, filename, path.dirname(filename));
  // After running, so that the functions compiled while loading are in the cache too.
  if (fresh) writeAtomically(codeCache, script.createCachedData());
}

/** Write then rename: concurrent runs (parallel tests) never read a half-written entry. */
function writeAtomically(file, data) {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}
Object.assign(Module._extensions, builtin);

// Packages' CommonJS files and the generated imports/ modules get V8's code cache too (cdk8s-plus
// and imports/ are megabytes of JavaScript each). A file that does not compile as a CommonJS function
// body (an ES module, a leading `#!`) is left to Node's own loader.
// Resolved, as Node resolves module paths: the repository copies the tests make link imports/.
// (Absent only before the first `npm run import`, which does not load it.)
const IMPORTS_DIR = resolvedOrAsIs(path.join(__dirname, '..', 'imports')) + path.sep;
function resolvedOrAsIs(dir) {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}
const loadJavaScript = Module._extensions['.js'];
Module._extensions['.js'] = function loadPackageJavaScript(module, filename) {
  if (!filename.includes(`${path.sep}node_modules${path.sep}`) && !filename.startsWith(IMPORTS_DIR)) return loadJavaScript(module, filename);
  const code = readFileSync(filename, 'utf8');
  if (code.startsWith('#!')) return loadJavaScript(module, filename);
  let compiled;
  try {
    compiled = compile(filename, code, path.join(CACHE_DIR, 'packages', `${cacheKey(filename)}.js`));
  } catch (err) {
    if (err instanceof SyntaxError) return loadJavaScript(module, filename);
    throw err;
  }
  execute(module, filename, compiled);
};

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run.js <entry.ts> [args...]');
  process.exit(2);
}
// The entry becomes the main module, as if Node had been started on it.
process.argv = [process.argv[0], path.resolve(entry), ...args];
Module.runMain();
