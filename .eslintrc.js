require('@rushstack/eslint-config/patch/modern-module-resolution');

// The layers import downwards only: webparts -> components -> data -> nimm (src/loc, plain
// strings, may be imported from anywhere). Each folder's override below lists what it must not
// import. Patterns are gitignore-style and match the import as written, so "**/data" catches
// "../data" and "../../data/types" alike, and "@pnp/*" also catches "@pnp/sp/webs". A pattern
// without a slash matches its last part too ("react" would catch "@fluentui/react"), so bare
// package names are anchored with a leading slash.
// tests/tooling/layers.test.ts lints a forbidden and an allowed import in each layer, so a rule
// removed or weakened here fails a test.
const LAYER_FILES = (folder) => [`src/${folder}/**/*.ts`, `src/${folder}/**/*.tsx`];

const restrict = (...patterns) => ['error', { patterns }];

module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  parserOptions: { tsconfigRootDir: __dirname },
  overrides: [
    {
      files: ['*.ts', '*.tsx'],
      parser: '@typescript-eslint/parser',
      parserOptions: { project: './tsconfig.json', ecmaVersion: 2018, sourceType: 'module' },
      rules: {
        '@typescript-eslint/no-explicit-any': 'error',
        '@microsoft/spfx/no-async-await': 'off'
      }
    },
    {
      files: LAYER_FILES('nimm'),
      rules: {
        'no-restricted-imports': restrict(
          { group: ['**/data'], message: 'src/nimm must not import src/data: the domain engine is the bottom layer, and the data layer builds on it, not the other way round.' },
          { group: ['**/components'], message: 'src/nimm must not import src/components: the domain engine has no screens and runs in Node too.' },
          { group: ['**/webparts'], message: 'src/nimm must not import src/webparts: the domain engine knows nothing of SharePoint pages.' },
          { group: ['/react', '/react-dom'], message: 'src/nimm must not import React: the domain engine runs in Node too (command line, tests, benchmarks).' },
          { group: ['@fluentui/*'], message: 'src/nimm must not import Fluent UI: the domain engine has no screens and runs in Node too.' },
          { group: ['@microsoft/*'], message: 'src/nimm must not import SPFx (@microsoft/*): the domain engine runs outside SharePoint too.' },
          { group: ['@pnp/*'], message: 'src/nimm must not import PnPjs: only src/data talks to SharePoint.' }
        )
      }
    },
    {
      files: LAYER_FILES('data'),
      rules: {
        'no-restricted-imports': restrict(
          { group: ['**/components'], message: 'src/data must not import src/components: screens use the data layer, not the other way round.' },
          { group: ['**/webparts'], message: 'src/data must not import src/webparts: web parts use the data layer, not the other way round.' },
          { group: ['/react', '/react-dom'], message: 'src/data must not import React: the data layer runs in Node too.' },
          { group: ['@fluentui/*'], message: 'src/data must not import Fluent UI: the data layer has no screens and runs in Node too.' },
          {
            group: ['@microsoft/sp-*'],
            message: 'src/data must not import SPFx (@microsoft/sp-*): the web part hands the data layer a PnPjs SPFI, so it also runs in Node against the simulator.'
          }
        )
      }
    },
    {
      files: LAYER_FILES('components'),
      rules: {
        'no-restricted-imports': restrict(
          { group: ['**/webparts'], message: 'src/components must not import src/webparts: web parts host the screens, not the other way round.' },
          { group: ['@pnp/*'], message: 'src/components must not import PnPjs: screens talk to a NimmStore (src/data), never to PnPjs.' },
          {
            group: ['@microsoft/sp-*'],
            message: 'src/components must not import SPFx (@microsoft/sp-*): the web part passes screens what they need, so they also run in the workbench and in tests.'
          }
        )
      }
    }
    // src/webparts may import anything: they are where SPFx meets the suite's screens.
  ]
};
