import * as path from 'path';
import * as fs from 'fs';
import { build, type Plugin } from 'esbuild';

const root = path.resolve(__dirname, '..', '..');

/**
 * SPFx resolves a web part's localised strings module (e.g. 'ModelGuideWebPartStrings') from
 * its loc/<locale>.js, an AMD module. The workbench has no SPFx loader, so this plugin finds the
 * web part that declares the module and wraps its en-us.js in a one-line `define` shim.
 */
const spfxStrings: Plugin = {
  name: 'spfx-loc-strings',
  setup(b) {
    b.onResolve({ filter: /^[A-Za-z]+Strings$/ }, (args) => {
      const webparts = path.join(root, 'src', 'webparts');
      for (const dir of fs.readdirSync(webparts)) {
        const decl = path.join(webparts, dir, 'loc', 'mystrings.d.ts');
        if (fs.existsSync(decl) && fs.readFileSync(decl, 'utf8').includes(`declare module '${args.path}'`)) {
          return { path: path.join(webparts, dir, 'loc', 'en-us.js'), namespace: 'spfx-loc' };
        }
      }
      return undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'spfx-loc' }, (args) => ({
      contents: `var define = function (deps, factory) { module.exports = factory(); };\n${fs.readFileSync(args.path, 'utf8')}`,
      loader: 'js',
      resolveDir: path.dirname(args.path)
    }));
  }
};

/** Bundles the workbench page's script (the suite's apps plus the workbench chrome). */
export async function bundleWorkbench(outFile: string, options: { minify?: boolean } = {}): Promise<void> {
  await build({
    entryPoints: [path.join(__dirname, 'client', 'main.tsx')],
    outfile: outFile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    sourcemap: true,
    minify: options.minify ?? false,
    jsx: 'transform',
    tsconfig: path.join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': options.minify ? '"production"' : '"development"' },
    plugins: [spfxStrings],
    logLevel: 'warning'
  });
}
