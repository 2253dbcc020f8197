import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Generation and the import of the generated servers happen once, before the cases run.
    hookTimeout: 120_000,
    reporters: ["default", ["json", { outputFile: ".vitest/report.json" }]],
  },
});
