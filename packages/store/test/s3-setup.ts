// Global setup of the blob-store tests' S3 run: one moto_server for all files; each test makes
// its own bucket in it.
import type { TestProject } from "vitest/node";
import { startMoto } from "@codeartifact-local/test-services";

declare module "vitest" {
  export interface ProvidedContext {
    s3Endpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const moto = await startMoto();
  project.provide("s3Endpoint", moto.endpoint);
  return () => moto.stop();
}
