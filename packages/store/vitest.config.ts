import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The 50 MiB blob test hashes four digests on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ["default", ["json", { outputFile: ".vitest/report.json" }]],
    // The same suite against each engine; SQLite-file specifics stay in the SQLite run.
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["test/*.test.ts"],
          env: { STORE_BACKEND: "sqlite" },
          // The blob-store suite also runs against S3 (moto_server).
          globalSetup: ["test/s3-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: ["test/*.test.ts", "test/postgres/*.test.ts"],
          exclude: ["test/open-store.test.ts", "test/blob-store.test.ts"],
          env: { STORE_BACKEND: "postgres" },
          globalSetup: ["test/postgres-setup.ts"],
        },
      },
    ],
  },
});
