import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Real clients (npm, pip, twine, the AWS CLI) against a real server on a 2-core machine:
    // generous limits, so a busy machine slows the suite down rather than failing it.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: ["default", ["json", { outputFile: ".vitest/report.json" }]],
  },
});
