import { updateFormatMetadata, type JsonValue } from "@codeartifact-local/package-service";
import { packageRef, type NpmCall } from "./call";
import { isObject, storedManifest } from "./manifest";
import type { NpmName } from "./names";
import { loadPackageView } from "./package-view";
import { NpmError } from "./replies";

// A PUT of the packument without a tarball: how `npm deprecate` (and undeprecate, with an empty
// message) changes versions. The only change honoured is `deprecated`, and only on versions the
// called repository holds; other differences from what the registry serves are ignored, so
// nothing but deprecation can be edited this way (no unpublish, no tag changes).

function deprecationOf(manifest: unknown): string | undefined {
  return isObject(manifest) && typeof manifest.deprecated === "string" && manifest.deprecated !== "" ? manifest.deprecated : undefined;
}

export async function updateFromPackument(call: NpmCall, name: NpmName, doc: unknown): Promise<Record<string, unknown>> {
  if (!isObject(doc) || !isObject(doc.versions)) throw new NpmError(400, "The packument must have a versions object.");
  if (doc.name !== undefined && doc.name !== name.full) {
    throw new NpmError(400, `The package name in the body (${String(doc.name)}) does not match the name in the URL (${name.full}).`);
  }
  const view = await loadPackageView(call, name);
  const own = new Map(view.service.graph.repositories[0].versions.map((v) => [v.version, v]));
  const served = new Map(view.entries.map((e) => [e.version, e]));

  const changes: Array<{ version: string; deprecated?: string }> = [];
  for (const [version, manifest] of Object.entries(doc.versions)) {
    const wanted = deprecationOf(manifest);
    const held = own.get(version);
    const current = held ? deprecationOf(storedManifest(held.formatMetadata)) : deprecationOf(served.get(version)?.manifest);
    if (wanted === current) continue;
    if (!held) {
      throw new NpmError(
        served.has(version) ? 400 : 404,
        served.has(version)
          ? `Version ${version} of ${name.full} comes from an upstream source, not repository ${view.service.graph.repository.name}; only the repository's own versions can be deprecated.`
          : `Version ${version} of ${name.full} is not in repository ${view.service.graph.repository.name}.`,
      );
    }
    changes.push({ version, deprecated: wanted });
  }

  const ref = packageRef(call, name);
  for (const change of changes) {
    await updateFormatMetadata(call.packages, { ...ref, version: change.version }, (current) => {
      const manifest = { ...(storedManifest(current) ?? {}) };
      if (change.deprecated === undefined) delete manifest.deprecated;
      else manifest.deprecated = change.deprecated;
      return { ...(isObject(current) ? current : {}), manifest } as unknown as JsonValue;
    });
  }
  return { success: true, id: name.full };
}
