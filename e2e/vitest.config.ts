import { defineConfig } from "vitest/config";

/**
 * The shared-deployment run (PostgreSQL + S3, two instances behind an alternating proxy) covers the
 * cross-instance tests and the files that exercise the blob store and rendered documents hardest:
 * streamed publishes (64 MiB through multipart upload), asset cleanup, PyPI pages. Measured on the
 * 2-core machine: the whole suite on this backend took 506 s (the real npm, pip and twine clients
 * alone 275 s); with the default run that does not fit `pnpm test`'s 10 minutes, so the other files
 * (control plane, clients, validation, wire format), whose storage calls these already make, run on
 * the default backend only.
 */
const SHARED_FILES = ["test/shared-deployment.test.ts", "test/packages-publish.test.ts", "test/packages-versions.test.ts", "test/pypi-protocol.test.ts"];

export default defineConfig({
  test: {
    // Real clients (npm, pip, twine, the AWS CLI) against a real server on a 2-core machine:
    // generous limits, so a busy machine slows the suite down rather than failing it.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Two files at a time on two cores (vitest would take one): most of a file's time is spent waiting
    // on a client or a server in another process. Measured: 476 s with one, 387 s with three.
    maxWorkers: 2,
    reporters: ["default", ["json", { outputFile: ".vitest/report.json" }]],
    projects: [
      {
        extends: true,
        test: { name: "default", include: ["test/**/*.test.ts"], exclude: ["test/shared-deployment.test.ts"] },
      },
      {
        extends: true,
        test: { name: "shared", include: SHARED_FILES, env: { E2E_BACKEND: "shared" }, globalSetup: ["support/shared-setup.ts"] },
      },
    ],
  },
});
