#!/usr/bin/env node
'use strict';
/**
 * The README's test command (`npm test`). On a fresh machine it installs what is missing
 * (npm packages from the lockfile; Debian's Chromium for the browser tests, never a browser
 * download), type-checks tests/ and tools/ (which gulp's build never compiles, and ts-jest checks
 * only file by file), runs every Jest test (unit, property, CLI, data layer against the SharePoint
 * simulator, browser end-to-end), and prints one line "N passed, N failed", in which the type
 * check counts as one more check. Extra arguments go to Jest, e.g. `npm test -- tests/nimm`; the
 * type check runs whatever they are, because it takes seconds and a broken helper breaks them all.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });

function ensureNodeModules() {
  if (fs.existsSync(path.join(root, 'node_modules', '.bin', 'jest'))) return;
  console.log('Installing npm packages from the lockfile (npm ci)...');
  const r = run('npm', ['ci', '--no-audit', '--no-fund']);
  if (r.status !== 0) {
    console.error('npm ci failed: the tests cannot run without the packages.');
    process.exit(r.status || 1);
  }
}

function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  if (candidates.some((p) => fs.existsSync(p))) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // apt-get needs root: run it directly as root, else through sudo without a password prompt.
  const aptGet = (...args) => (isRoot ? run('apt-get', args, { env }) : run('sudo', ['-n', 'apt-get', ...args], { env }));
  console.log("Installing Debian's Chromium for the browser tests (apt-get install chromium)...");
  const ok = aptGet('update').status === 0 && aptGet('install', '-y', '--no-install-recommends', 'chromium').status === 0;
  if (!ok) {
    console.error('Could not install Chromium with apt-get. Install the Debian package "chromium" (or set CHROMIUM_PATH) and run the tests again.');
    process.exit(1);
  }
}

ensureNodeModules();
ensureChromium();

/**
 * tsc over tests/tsconfig.json (tests, tools and the src they import), with the project's own
 * Node and TypeScript. Its errors go straight to the console; true when there are none.
 */
function typeCheckTestsAndTools() {
  console.log('Type-checking tests/ and tools/ (tsc --noEmit -p tests/tsconfig.json)...');
  const tscBin = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = run(process.execPath, [tscBin, '--noEmit', '-p', path.join('tests', 'tsconfig.json')]);
  if (r.status === 0) return true;
  console.error(r.error ? `The type check could not run (${r.error.message}).` : 'The type check of tests/ and tools/ failed: the errors are above.');
  return false;
}

const typesClean = typeCheckTestsAndTools();

const outDir = path.join(root, 'jest-output');
fs.mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, 'results.json');
if (fs.existsSync(outFile)) fs.unlinkSync(outFile);

const jestBin = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const jest = run(process.execPath, [jestBin, '--json', `--outputFile=${outFile}`, ...process.argv.slice(2)]);

let testsPassed = 0;
let testsFailed = 0;
let ran = false;
try {
  const results = JSON.parse(fs.readFileSync(outFile, 'utf8'));
  testsPassed = results.numPassedTests;
  testsFailed = results.numFailedTests;
  // A suite that fails to load (syntax error, missing module) has no failed tests of its own.
  testsFailed += results.testResults.filter((s) => s.status === 'failed' && s.assertionResults.every((a) => a.status !== 'failed')).length;
  ran = true;
} catch (e) {
  console.error(`Jest did not write its results (${e.message}).`);
}
const passed = testsPassed + (typesClean ? 1 : 0);
const failed = testsFailed + (typesClean ? 0 : 1);
console.log(`${passed} passed, ${failed} failed`);
// No Jest test at all (a mistyped path) is a failure too, whatever the type check says.
process.exit(jest.status !== 0 || !ran || failed > 0 || testsPassed === 0 ? 1 : 0);
