import * as path from 'path';
import { build } from 'esbuild';

const root = path.resolve(__dirname, '..', '..');

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
    logLevel: 'warning'
  });
}
