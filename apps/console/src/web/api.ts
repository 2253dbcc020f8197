import { CodeartifactClient, ListRepositoriesInDomainCommand } from "@aws-sdk/client-codeartifact";
import { createContext, useContext } from "react";
import type { Settings } from "./settings";

/** The official SDK client pointed at the server that served this page. */
export function createClient(settings: Settings): CodeartifactClient {
  return new CodeartifactClient({
    endpoint: window.location.origin,
    region: settings.region,
    // The server reads the account from the access key id; it does not check the signature's secret.
    credentials: { accessKeyId: settings.account, secretAccessKey: "console" },
    maxAttempts: 1,
  });
}

export interface ApiContext {
  client: CodeartifactClient;
  settings: Settings;
}

export const Api = createContext<ApiContext | null>(null);

export function useApi(): ApiContext {
  const api = useContext(Api);
  if (!api) throw new Error("useApi outside the Api provider");
  return api;
}

/** An API error as the server phrased it: `ValidationException: …`. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const name = error.name && error.name !== "Error" ? `${error.name}: ` : "";
    return `${name}${error.message || "request failed"}`;
  }
  return String(error);
}

/** Follows a list's tokens to the end (or `limit` items), for views that need the whole set. */
export async function collectAll<T>(loadPage: (nextToken?: string) => Promise<{ items?: T[]; nextToken?: string }>, limit = 1000): Promise<T[]> {
  const all: T[] = [];
  let nextToken: string | undefined;
  do {
    const page = await loadPage(nextToken);
    all.push(...(page.items ?? []));
    nextToken = page.nextToken;
  } while (nextToken && all.length < limit);
  return all;
}

/** Runs `task` over `items`, a few at a time. */
export async function mapLimited<T, R>(items: T[], task: (item: T) => Promise<R>, concurrency = 6): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/** The names of every repository of a domain. */
export async function repositoryNames(client: CodeartifactClient, domain: string): Promise<string[]> {
  const repositories = await collectAll(async (nextToken) => {
    const page = await client.send(new ListRepositoriesInDomainCommand({ domain, maxResults: 100, nextToken }));
    return { items: page.repositories, nextToken: page.nextToken };
  });
  return repositories.map((r) => r.name!);
}
