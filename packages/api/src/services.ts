import type { Services } from "@codeartifact-local/package-service";

/** What the API handlers need: the shared services, and where this server listens (for endpoint URLs). */
export interface ApiServices extends Services {
  config: Services["config"] & { host: string; port: number; hostname?: string };
}
