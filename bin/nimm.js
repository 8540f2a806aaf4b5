#!/usr/bin/env node
'use strict';
/**
 * `nimm` command line. Runs the TypeScript sources directly: tsx compiles them on the fly (and
 * caches the result), so `npx nimm` works straight after `npm install`, with no build step.
 * tsx's documented CommonJS API (tsx/cjs/api) hooks require() for .ts files.
 */
const path = require('path');
require('tsx/cjs/api').register();
require(path.join(__dirname, '..', 'tools', 'cli', 'main.ts'));
