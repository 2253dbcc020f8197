// Global setup of the shared-deployment e2e run: one throwaway PostgreSQL cluster and one
// moto_server (S3) for every test file; each started "server" is two instances on a database and
// bucket prefix of its own (see startServer).
import type { TestProject } from "vitest/node";
import { startMoto, startPostgres } from "@codeartifact-local/test-services";

export const SHARED_BUCKET = "codeartifact-e2e";

declare module "vitest" {
  export interface ProvidedContext {
    shared: { postgresUrl: string; s3Env: Record<string, string> };
  }
}

export default async function setup(project: TestProject) {
  const [postgres, moto] = await Promise.all([startPostgres(), startMoto()]);
  await moto.createBucket(SHARED_BUCKET);
  project.provide("shared", { postgresUrl: postgres.url(), s3Env: moto.env });
  return async () => {
    await moto.stop();
    postgres.stop();
  };
}
