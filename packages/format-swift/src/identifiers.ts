import type { FastifyReply } from "fastify";
import type { PackageRecord } from "@codeartifact-local/package-service";
import type { SwiftCall } from "./call";
import { packageIdentifier } from "./names";
import { repositoryUrls } from "./release-metadata";
import { SwiftError } from "./replies";
import { repositoryKey } from "./repository-url";
import { readVersionData } from "./version-data";

// 4.5: the package identifiers a source repository URL is registered for. The mapping comes from
// the `repositoryURLs` of published release metadata (section 4.5.1), looked up in the called
// repository and its upstreams (the repositories a client of this endpoint resolves from). The
// answer is rendered once per store change: it scans the Swift packages of those repositories.

const PAGE = 1000;

async function allSwiftPackages(call: SwiftCall, repository: SwiftCall["repository"]): Promise<PackageRecord[]> {
  const packages: PackageRecord[] = [];
  let nextToken: string | undefined;
  do {
    const page = await call.packages.listPackages({ domain: call.domain, repository }, { format: "swift" }, { maxResults: PAGE, nextToken });
    packages.push(...page.items);
    nextToken = page.nextToken;
  } while (nextToken);
  return packages;
}

async function identifiersFor(call: SwiftCall, key: string): Promise<string[]> {
  const found = new Set<string>();
  for (const repository of await call.packages.upstreamSearchOrder({ domain: call.domain, repository: call.repository })) {
    for (const pkg of await allSwiftPackages(call, repository)) {
      const ref = { domain: call.domain, repository, format: "swift" as const, namespace: pkg.namespace, name: pkg.name };
      const { versions } = await call.packages.listAllVersions(ref, { status: "Published" });
      const registered = versions.some((v) => repositoryUrls(readVersionData(v.formatMetadata).release).some((url) => repositoryKey(url) === key));
      if (registered) found.add(packageIdentifier(pkg.namespace ?? "", pkg.displayName || pkg.name));
    }
  }
  return [...found].sort();
}

export async function serveIdentifiers(call: SwiftCall, reply: FastifyReply, url: string | undefined): Promise<FastifyReply> {
  if (url === undefined || url.trim() === "") throw new SwiftError(400, "the url query parameter is required");
  const key = repositoryKey(url);
  if (!key) throw new SwiftError(400, `"${url}" is not a source repository URL`);
  const body = await call.documents.get(["identifiers", call.repository.id, key].join("\n"), async () => ({
    body: JSON.stringify({ identifiers: await identifiersFor(call, key) }),
    cacheable: true,
  }));
  if ((JSON.parse(body) as { identifiers: string[] }).identifiers.length === 0) throw new SwiftError(404, `no package identifiers are registered for ${url}`);
  return reply.code(200).header("content-type", "application/json").header("content-version", "1").send(body);
}
