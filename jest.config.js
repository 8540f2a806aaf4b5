/** Jest runs the unit, property, CLI and data-layer tests (tests/**), outside gulp's tsc. */
module.exports = {
  rootDir: __dirname,
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/tests/**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }]
  },
  // PnPjs v4 and a few text utilities are ESM-only: let ts-jest transform them.
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|syllable|flesch-kincaid|normalize-strings|pluralize)/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/tests/support/styleMock.js'
  },
  setupFiles: [],
  testTimeout: 30000
};
