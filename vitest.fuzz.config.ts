import { defineConfig } from 'vitest/config';

// `npm run fuzz`: the long campaign only, with no time limit (it takes minutes).
export default defineConfig({
  test: {
    include: ['test/fuzz/campaign.fuzz.ts'],
    testTimeout: 0,
  },
});
