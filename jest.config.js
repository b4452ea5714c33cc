/**
 * Jest: TypeScript through SWC; iso-3166 and quick-lru ship ES modules only, so they are transformed too.
 * Many tests spawn the built CLI, service or Chromium: 30 s per test, not 5, so a loaded 2-core CI machine is no failure.
 */
module.exports = {
  testEnvironment: 'node',
  testTimeout: 30_000,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  setupFiles: ['<rootDir>/test/support/fast-check-seed.ts'],
  transform: { '^.+\\.(t|j)s$': ['@swc/jest'] },
  transformIgnorePatterns: ['/node_modules/(?!(iso-3166|quick-lru)/)'],
};
