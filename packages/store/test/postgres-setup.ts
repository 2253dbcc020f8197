// Global setup of the suite's PostgreSQL run: one throwaway cluster for all test files; each
// test creates its own database in it.
import type { TestProject } from "vitest/node";
import { startPostgres } from "@codeartifact-local/test-services";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startPostgres();
  project.provide("postgresUrl", server.url());
  return () => server.stop();
}
