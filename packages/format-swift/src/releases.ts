import type { FastifyReply } from "fastify";
import { sendAsset } from "@codeartifact-local/format-kit";
import { DOWNLOADABLE, findInGraph, listedVersions, type GraphHit, type PackageGraph } from "@codeartifact-local/package-service";
import { readArchiveManifests } from "./archive";
import { endpointUrl, packageRef, releasePath, type SwiftCall } from "./call";
import { compareSwiftVersions } from "./format";
import { linkHeader, type Link } from "./links";
import { linkToolsVersion, MANIFEST, variantFor } from "./manifests";
import { archiveAssetName, packageIdentifier } from "./names";
import { repositoryUrls } from "./release-metadata";
import { SwiftError } from "./replies";
import type { ReleaseAddress } from "./routes";
import { readVersionData } from "./version-data";

// The read side of the registry API. A package is seen from the called repository: its own
// releases, then those of its upstream repositories in search order, as the package service's graph
// has them (origin controls applied). Listings show Published releases; a release's metadata,
// manifests and archive are also served for Unlisted releases, which clients that pinned them
// still fetch. Downloading the archive retains an upstream release in the called repository.

const JSON_TYPE = "application/json";

const releaseNotFound = (address: ReleaseAddress) => new SwiftError(404, `release ${address.version} of ${address.scope}.${address.name} not found`);

/** The Published releases a client of the called repository sees, highest precedence first. */
function listed(graph: PackageGraph): GraphHit[] {
  return listedVersions(graph).sort((a, b) => compareSwiftVersions(b.version.version, a.version.version));
}

/** `latest-version`, and the neighbours of `version` by precedence, as `Link` entries. */
function versionLinks(call: SwiftCall, scope: string, name: string, releases: readonly GraphHit[], version?: string): Link[] {
  const url = (v: string) => endpointUrl(call, releasePath(scope, name, v));
  const links: Link[] = [];
  if (releases.length > 0) links.push({ url: url(releases[0].version.version), rel: "latest-version" });
  if (version !== undefined) {
    // Highest first: the successor is the nearest higher release, the predecessor the nearest lower.
    const higher = releases.filter((r) => compareSwiftVersions(r.version.version, version) > 0);
    const lower = releases.filter((r) => compareSwiftVersions(r.version.version, version) < 0);
    if (higher.length > 0) links.push({ url: url(higher[higher.length - 1].version.version), rel: "successor-version" });
    if (lower.length > 0) links.push({ url: url(lower[0].version.version), rel: "predecessor-version" });
  }
  return links;
}

function sendJson(reply: FastifyReply, body: string, link?: string): FastifyReply {
  reply.code(200).header("content-type", JSON_TYPE).header("content-version", "1");
  if (link) reply.header("link", link);
  return reply.send(body);
}

/** 4.1: the releases of a package, with the repository URLs of the latest as `canonical` / `alternate` links. */
export async function serveReleases(call: SwiftCall, reply: FastifyReply, scope: string, name: string): Promise<FastifyReply> {
  const ref = packageRef(call, scope, name);
  const key = ["releases", call.repository.id, call.origin, call.address.basePath, scope.toLowerCase(), name.toLowerCase()].join("\n");
  const rendered = await call.documents.get(key, async () => {
    const graph = await call.packages.graph(ref);
    const releases = listed(graph);
    if (releases.length === 0) throw new SwiftError(404, `package ${scope}.${name} not found`);
    const [s, n] = [graph.coordinate.namespace!, graph.coordinate.name];
    const body = { releases: Object.fromEntries(releases.map((r) => [r.version.version, { url: endpointUrl(call, releasePath(s, n, r.version.version)) }])) };
    const urls = repositoryUrls(readVersionData(releases[0].version.formatMetadata).release);
    const links = [...versionLinks(call, s, n, releases), ...urls.map((url, i) => ({ url, rel: i === 0 ? "canonical" : "alternate" }))];
    return { body: JSON.stringify({ body: JSON.stringify(body), link: linkHeader(links) }), cacheable: true };
  });
  const { body, link } = JSON.parse(rendered) as { body: string; link?: string };
  return sendJson(reply, body, link);
}

/** The release as the called repository's graph holds it, if clients may fetch it. */
async function locateRelease(call: SwiftCall, address: ReleaseAddress): Promise<{ graph: PackageGraph; hit: GraphHit }> {
  const graph = await call.packages.graph(packageRef(call, address.scope, address.name));
  const hit = findInGraph(graph, address.version);
  if (!hit || !DOWNLOADABLE.has(hit.version.status)) throw releaseNotFound(address);
  return { graph, hit };
}

/** ISO 8601 without fractional seconds: Foundation's `.iso8601` decoding, which SwiftPM uses, rejects them. */
const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d+Z$/, "Z");

/** What identifies a rendered answer for a release: the called repository, how it was addressed, the release. */
function releaseKey(call: SwiftCall, kind: string, address: ReleaseAddress, extra = ""): string {
  return [kind, call.repository.id, call.origin, call.address.basePath, address.scope.toLowerCase(), address.name.toLowerCase(), address.version, extra].join(
    "\n",
  );
}

/** 4.2: a release's metadata, with the source archive's SHA-256 as its checksum. */
export async function serveRelease(call: SwiftCall, reply: FastifyReply, address: ReleaseAddress): Promise<FastifyReply> {
  const rendered = await call.documents.get(releaseKey(call, "release", address), async () => {
    const { graph, hit } = await locateRelease(call, address);
    const [scope, name] = [graph.coordinate.namespace!, graph.coordinate.name];
    const asset = await call.packages.findAsset(hit.version, archiveAssetName(name, hit.version.version));
    if (!asset) throw releaseNotFound(address);
    const data = readVersionData(hit.version.formatMetadata);
    const resource: Record<string, unknown> = { name: "source-archive", type: "application/zip", checksum: asset.hashes.sha256 };
    if (data.signature) resource.signing = { signatureBase64Encoded: data.signature.base64, signatureFormat: data.signature.format };
    const body: Record<string, unknown> = {
      id: packageIdentifier(scope, hit.version.displayName || name),
      version: hit.version.version,
      resources: [resource],
      metadata: data.release ?? {},
    };
    if (hit.version.publishedTime) body.publishedAt = isoSeconds(hit.version.publishedTime);
    const link = linkHeader(versionLinks(call, scope, name, listed(graph), hit.version.version));
    return { body: JSON.stringify({ body: JSON.stringify(body), link }), cacheable: true };
  });
  const { body, link } = JSON.parse(rendered) as { body: string; link?: string };
  return sendJson(reply, body, link);
}

type ManifestAnswer = { redirect: string } | { filename: string; content: string; link?: string };

async function renderManifest(call: SwiftCall, address: ReleaseAddress, swiftVersion?: string): Promise<ManifestAnswer> {
  const { graph, hit } = await locateRelease(call, address);
  const [scope, name] = [graph.coordinate.namespace!, graph.coordinate.name];
  let manifests = readVersionData(hit.version.formatMetadata).manifests;
  if (manifests.length === 0) {
    // Recorded at publish time; read from the archive for a release stored before that existed.
    const asset = await call.packages.readAsset(
      { domain: graph.domain, coordinate: graph.coordinate, version: hit.version },
      archiveAssetName(name, hit.version.version),
    );
    const read = asset ? await readArchiveManifests(asset) : undefined;
    manifests = read?.ok ? read.manifests : [];
  }
  const manifestPath = `${releasePath(scope, name, hit.version.version)}/${MANIFEST}`;
  if (swiftVersion !== undefined) {
    const variant = variantFor(manifests, swiftVersion);
    return variant ? { filename: variant.filename, content: variant.content } : { redirect: endpointUrl(call, manifestPath) };
  }
  const manifest = manifests.find((m) => m.filename === MANIFEST);
  if (!manifest) throw new SwiftError(404, `release ${address.version} of ${scope}.${name} has no ${MANIFEST}`);
  const link = linkHeader(
    manifests
      .filter((m) => m.filename !== MANIFEST)
      .map((m) => ({
        url: endpointUrl(call, `${manifestPath}?swift-version=${encodeURIComponent(linkToolsVersion(m))}`),
        rel: "alternate",
        params: [
          ["filename", m.filename],
          ["swift-tools-version", linkToolsVersion(m)],
        ],
      })),
  );
  return { filename: manifest.filename, content: manifest.content, link };
}

/** 4.3: `Package.swift`, or the variant for `swift-version` (303 to `Package.swift` when there is none). */
export async function serveManifest(call: SwiftCall, reply: FastifyReply, address: ReleaseAddress, swiftVersion?: string): Promise<FastifyReply> {
  const key = releaseKey(call, "manifest", address, swiftVersion === undefined ? "" : `?${swiftVersion}`);
  const rendered = await call.documents.get(key, async () => ({ body: JSON.stringify(await renderManifest(call, address, swiftVersion)), cacheable: true }));
  const answer = JSON.parse(rendered) as ManifestAnswer;
  if ("redirect" in answer) return reply.code(303).header("content-version", "1").header("location", answer.redirect).send();
  const bytes = Buffer.from(answer.content, "utf8");
  reply
    .code(200)
    .header("content-type", "text/x-swift")
    .header("content-version", "1")
    .header("content-disposition", `attachment; filename="${answer.filename}"`)
    .header("content-length", String(bytes.length))
    .header("cache-control", "public, immutable");
  if (answer.link) reply.header("link", answer.link);
  return reply.send(bytes);
}

/** 4.4: the source archive, resolved (and retained) through the package service. */
export async function serveArchive(call: SwiftCall, reply: FastifyReply, address: ReleaseAddress, head: boolean): Promise<FastifyReply> {
  const ref = { ...packageRef(call, address.scope, address.name), version: address.version };
  const resolved = await call.packages.resolveAsset(ref, archiveAssetName(address.name, address.version));
  const data = readVersionData(resolved.version.formatMetadata);
  const displayName = resolved.version.displayName || resolved.graph.coordinate.name;
  reply
    .header("content-version", "1")
    .header("content-disposition", `attachment; filename="${displayName}-${resolved.version.version}.zip"`)
    .header("digest", `sha-256=${Buffer.from(resolved.asset.hashes.sha256, "hex").toString("base64")}`)
    .header("cache-control", "public, immutable");
  if (data.signature) reply.header("x-swift-package-signature-format", data.signature.format).header("x-swift-package-signature", data.signature.base64);
  if (head) {
    resolved.stream.destroy();
    return reply.code(200).header("content-type", "application/zip").header("content-length", String(resolved.asset.size)).send();
  }
  return sendAsset(reply, resolved, "application/zip");
}
