/**
 * Jest: three projects.
 * - unit: src/**\/*.test.ts(x), demo/ and preview/ in jsdom (domain, data mapping, components, tooling)
 * - integration: test/integration, Node; the PnPjs repository against the stand-in over HTTP
 * - browser: test/browser, Node; playwright-core drives Debian's Chromium against the preview
 */
'use strict';

const common = {
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json', diagnostics: false }],
    '^.+/src/loc/.+\\.js$': '<rootDir>/test/support/amdTransform.js',
    '^.+\\.m?js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', isolatedModules: true }, diagnostics: false }]
  },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|dompurify)/)'],
  moduleNameMapper: {
    '^@(msinternal|ms)/.*$': '<rootDir>/test/support/msinternalStub.js',
    '\\.(css|scss)$': 'identity-obj-proxy',
    '^SalkkuStrings$': '<rootDir>/src/loc/en-us.js'
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json']
};

module.exports = {
  // browser and integration tests start servers and Chromium: a minute per test is the bound
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: '<rootDir>/test/support/jsdomWithFetch.js',
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx', '<rootDir>/demo/**/*.test.ts', '<rootDir>/preview/**/*.test.ts', '<rootDir>/standin/**/*.test.ts']
    },
    {
      ...common,
      displayName: 'integration',
      testEnvironment: '<rootDir>/test/support/nodeWithFetch.js',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts', '<rootDir>/test/faults/**/*.test.ts']
    },
    {
      ...common,
      displayName: 'browser',
      testEnvironment: '<rootDir>/test/support/nodeWithFetch.js',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts']
    }
  ]
};
