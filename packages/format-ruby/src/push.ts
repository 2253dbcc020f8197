import type { Readable } from "node:stream";
import type { VersionMetadata } from "@codeartifact-local/package-service";
import { gemRef, type RubyCall } from "./call";
import { readGemHead } from "./gem-archive";
import { GemFormatError, requirementText, type GemSpec } from "./gem-spec";
import { gemFileName } from "./names";
import { RubyError } from "./replies";

// `gem push`: `POST /api/v1/gems` with the gem as the body. The specification is read from the
// gem's metadata.gz (the first entry), then everything is checked before the gem is stored:
// origin restrictions (403), the version in a reachable upstream or the external registry (409),
// the same gem file (name, version, platform) already pushed (409, as rubygems.org refuses a
// repush). The gem then streams, head first, into the blob store. A version gains one gem file
// per platform.

/** The version record's fields, from the specification. */
export function versionMetadataOf(spec: GemSpec): VersionMetadata {
  return {
    displayName: spec.name,
    summary: spec.summary,
    homePage: spec.homepage,
    sourceCodeRepository: spec.metadata.source_code_uri,
    licenses: spec.licenses.map((name) => ({ name })),
    dependencies: spec.dependencies.map((d) => ({ package: d.name, versionRequirement: requirementText(d.requirement), dependencyType: d.type })),
  };
}

export async function handlePush(call: RubyCall, body: Readable): Promise<string> {
  let head;
  try {
    head = await readGemHead(body);
  } catch (error) {
    if (error instanceof GemFormatError) throw new RubyError(422, `${error.message}`);
    throw error;
  }
  const { spec, content } = head;
  const file = gemFileName(spec.name, spec.version, spec.platform);
  const ref = { ...gemRef(call, spec.name), version: spec.version };
  try {
    const { existing, skipped } = await call.packages.checkPublish(ref);
    for (const problem of skipped) call.log.warn({ problem }, "push check skipped an unreachable external registry");
    if (existing && (await call.packages.findAsset(existing, file))) {
      throw new RubyError(409, `Repushing of gem versions is not allowed: ${file} already exists in repository ${call.repository.name}.`);
    }
    await call.packages.publishVersion({ ...ref, assets: [{ name: file, content }], metadata: versionMetadataOf(spec) });
  } catch (error) {
    // A refusal before the gem was read: discard the rest of the body so the answer can be sent.
    body.unpipe();
    content.destroy();
    body.resume();
    throw error;
  }
  return `Successfully registered gem: ${spec.name} (${spec.version}${spec.platform === "ruby" ? "" : `-${spec.platform}`})`;
}
