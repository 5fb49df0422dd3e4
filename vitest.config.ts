import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Vitest leaves one core free by default; on 2 cores that runs one file at a time
    // while most tests wait on git, child processes and sockets (6 min against 3 min 47 s).
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ["test/setup/no-network.ts"],
    globalSetup: ["test/setup/temp-root.ts"],
  },
});
