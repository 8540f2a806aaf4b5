/**
 * The layer rules in .eslintrc.js, exercised through ESLint's own Node API: for each layer, a
 * snippet that imports something forbidden must be reported with the rule's plain message, and
 * one that imports something allowed must not. Removing or weakening a rule fails here.
 */
import * as path from 'path';
import { loadESLint } from 'eslint';
import type { LegacyESLint } from 'eslint/use-at-your-own-risk';

const root = path.resolve(__dirname, '..', '..');

// The snippets are linted as if they were files in each layer, but they are not on disk, so the
// type-aware parser could not find them in tsconfig.json's program. The layer rules need no
// type information, so the test parses without a TypeScript program; everything else is the
// project's own configuration, overrides per folder included. loadESLint picks the .eslintrc
// (not flat config) class, which ESLint 8 calls ESLint and ESLint 9 LegacyESLint.
let eslint: LegacyESLint;

beforeAll(async () => {
  const Linting = await loadESLint({ useFlatConfig: false });
  eslint = new Linting({ cwd: root, overrideConfig: { parserOptions: { project: null } } });
});

const LAYER_FILES = {
  nimm: 'src/nimm/model/layerCheck.ts',
  data: 'src/data/store/layerCheck.ts',
  components: 'src/components/shell/LayerCheck.tsx',
  webparts: 'src/webparts/modelGuide/LayerCheck.ts'
} as const;

type Layer = keyof typeof LAYER_FILES;

/** The messages of the layer rule for one snippet, failing on anything that stops ESLint parsing it. */
async function layerMessages(layer: Layer, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, LAYER_FILES[layer]) });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal.map((m) => m.message)).toEqual([]);
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const importing = (source: string): string => `import * as imported from '${source}';\nexport const used = imported;\n`;

/** [layer, import, the plain words the message must contain] */
const FORBIDDEN: [Layer, string, string][] = [
  ['nimm', '../../data', 'src/nimm must not import src/data'],
  ['nimm', '../../data/schema/names', 'src/nimm must not import src/data'],
  ['nimm', '../../components/shell', 'src/nimm must not import src/components'],
  ['nimm', '../../webparts/modelGuide/ModelGuideWebPart', 'src/nimm must not import src/webparts'],
  ['nimm', 'react', 'src/nimm must not import React'],
  ['nimm', 'react-dom', 'src/nimm must not import React'],
  ['nimm', '@fluentui/react', 'src/nimm must not import Fluent UI'],
  ['nimm', '@microsoft/sp-core-library', 'src/nimm must not import SPFx'],
  ['nimm', '@microsoft/sp-webpart-base', 'src/nimm must not import SPFx'],
  ['nimm', '@pnp/sp', 'src/nimm must not import PnPjs'],
  ['nimm', '@pnp/sp/webs', 'src/nimm must not import PnPjs'],
  ['data', '../../components/shell', 'src/data must not import src/components'],
  ['data', '../../webparts/siteSetup/SiteSetupWebPart', 'src/data must not import src/webparts'],
  ['data', 'react', 'src/data must not import React: the data layer runs in Node too'],
  ['data', 'react-dom', 'src/data must not import React'],
  ['data', '@fluentui/react', 'src/data must not import Fluent UI'],
  ['data', '@microsoft/sp-core-library', 'src/data must not import SPFx'],
  ['data', '@microsoft/sp-http', 'src/data must not import SPFx'],
  ['components', '../../webparts/modelGuide/ModelGuideWebPart', 'src/components must not import src/webparts'],
  ['components', '@pnp/sp', 'src/components must not import PnPjs'],
  ['components', '@pnp/sp/items', 'src/components must not import PnPjs'],
  ['components', '@microsoft/sp-core-library', 'src/components must not import SPFx'],
  ['components', '@microsoft/sp-webpart-base', 'src/components must not import SPFx']
];

const ALLOWED: [Layer, string][] = [
  ['nimm', 'zod'],
  ['nimm', './schema'],
  ['nimm', '../scoring/scoreAssessment'],
  ['nimm', '../../loc/strings'],
  ['data', '@pnp/sp'],
  ['data', '@pnp/queryable'],
  ['data', 'zod'],
  ['data', '../../nimm'],
  ['data', '../../loc/strings'],
  ['data', '../schema/lists'],
  ['components', 'react'],
  ['components', 'react-dom'],
  ['components', '@fluentui/react'],
  ['components', '../../data'],
  ['components', '../../nimm'],
  ['components', '../../loc/strings'],
  ['webparts', '@microsoft/sp-core-library'],
  ['webparts', '@microsoft/sp-webpart-base'],
  ['webparts', '@pnp/sp'],
  ['webparts', 'react'],
  ['webparts', 'react-dom'],
  ['webparts', '../../components/shell'],
  ['webparts', '../../data'],
  ['webparts', '../../nimm'],
  ['webparts', '../../loc/strings']
];

describe('ESLint keeps the layers apart (webparts → components → data → nimm)', () => {
  // Loading the SPFx ESLint configuration and its plugins takes a few seconds the first time.
  jest.setTimeout(60000);

  it.each(FORBIDDEN)('reports src/%s importing %s', async (layer, source, words) => {
    const messages = await layerMessages(layer, importing(source));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(words);
  });

  it.each(ALLOWED)('lets src/%s import %s', async (layer, source) => {
    expect(await layerMessages(layer, importing(source))).toEqual([]);
  });

  it('catches a forbidden module whatever the form of the import: named, type-only, re-export', async () => {
    const forms = [
      "import { useState } from 'react';\nexport const used = useState;\n",
      "import type { FC } from 'react';\nexport type Used = FC;\n",
      "export { useState } from 'react';\n",
      "export * from 'react';\n"
    ];
    for (const code of forms) {
      expect(await layerMessages('data', code)).toEqual([expect.stringContaining('src/data must not import React')]);
    }
  });

  it('covers .tsx files in every layer, as well as .ts', async () => {
    for (const [file, source] of [
      ['src/nimm/model/layerCheck.tsx', 'react'],
      ['src/data/store/layerCheck.tsx', 'react'],
      ['src/components/shell/layerCheck.ts', '@pnp/sp']
    ]) {
      const [result] = await eslint.lintText(importing(source), { filePath: path.join(root, file) });
      expect(result.messages.filter((m) => m.ruleId === 'no-restricted-imports')).toHaveLength(1);
    }
  });
});
