// One linter for the repository (typescript-eslint), and the architecture's boundaries:
// packages import each other only through their public entry points (`exports`), and package
// formats never reach the store or the blob store (they go through the package service).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import js from "@eslint/js";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Every workspace package's public entry points, as its package.json `exports` declares them. */
const entryPoints = ["codegen", "e2e", "bench", ...["packages", "apps"].flatMap((dir) => readdirSync(dir).map((name) => `${dir}/${name}`))]
  .filter((dir) => existsSync(`${dir}/package.json`))
  .flatMap((dir) => {
    const manifest = JSON.parse(readFileSync(`${dir}/package.json`, "utf8"));
    return Object.keys(manifest.exports ?? {}).map((path) => `${manifest.name}${path.slice(1)}`);
  });
const escaped = entryPoints.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|");
const entryPointsOnly = {
  regex: `^@codeartifact-local/(?!(?:${escaped.replaceAll("@codeartifact-local\\/", "")})$)`,
  message: "Import a workspace package through a public entry point (its package.json `exports`).",
};

const store = ["@codeartifact-local/store", "better-sqlite3", "kysely", "pg", "@aws-sdk/client-s3", "@aws-sdk/lib-storage"];

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/",
      "**/dist/",
      "**/.scratch/",
      "**/.generated/",
      "**/.sweep/",
      "**/.vitest/",
      "**/generated/",
      "models/.cache/",
      "**/.data/",
      // npm packages the end-to-end tests publish, as their authors would write them.
      "e2e/fixtures/",
      // Runs with --allow-natives-syntax, which is not JavaScript.
      "packages/smithy-runtime/test/support/tick-probe.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "import-x": importX },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/no-explicit-any": "off",
      "no-control-regex": "off",
      // Another package's files only through its entry point, never by a relative path.
      "import-x/no-relative-packages": "error",
      "no-restricted-imports": ["error", { patterns: [entryPointsOnly] }],
    },
  },
  {
    files: ["packages/format-*/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: store.map((name) => ({ name, message: "Formats never touch the store or the blob store: ask the package service." })),
          patterns: [
            entryPointsOnly,
            { regex: "^@codeartifact-local/(api|server)$", message: "Formats build on the format kit and the package service only." },
          ],
        },
      ],
    },
  },
  { files: ["**/*.js", "**/*.mjs"], languageOptions: { globals: globals.node } },
  {
    files: ["apps/console/src/web/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
    languageOptions: { globals: globals.browser },
  },
);
