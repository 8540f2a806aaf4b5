/**
 * Loads a web part's SPFx localisation file (loc/en-us.js, an AMD module written as
 * `define([], function () { return { ... }; })`) under Jest, by evaluating it with a `define`
 * shim. The SPFx build resolves these modules itself; Jest maps each one to a file that calls this.
 */
const fs = require('fs');
const path = require('path');

function loadLocStrings(relativePath) {
  const file = path.resolve(__dirname, '..', '..', relativePath);
  const source = fs.readFileSync(file, 'utf8');
  let strings;
  const define = (dependencies, factory) => {
    const build = typeof dependencies === 'function' ? dependencies : factory;
    strings = build();
  };
  new Function('define', source)(define);
  if (!strings || typeof strings !== 'object') throw new Error(`${relativePath} did not define its strings`);
  return strings;
}

module.exports = { loadLocStrings };
