import { once } from "node:events";
import type { Readable } from "node:stream";
import { ensureLatestTag, IntegrityCheck, IntegrityError, setDistTag, type ExpectedDigest, type PublishResult } from "@codeartifact-local/package-service";
import { packageRef, type NpmCall } from "./call";
import { updateFromPackument } from "./deprecate";
import { expectedDigests } from "./integrity";
import { isObject, readmeOf, versionMetadataOf, type Manifest } from "./manifest";
import { isSemver, NPM_ASSET, type NpmName } from "./names";
import { PublishBodyError, PublishBodyScanner } from "./publish-body";
import { NpmError } from "./replies";

// `npm publish`: PUT of a packument carrying one version and its tarball. The body is read as a
// stream: the metadata before the tarball is checked first (name, version, origin restrictions,
// existing versions here, in reachable upstreams and in the external registry), so a refused
// publish stores nothing; then the tarball goes through an integrity check straight into the
// blob store. A PUT without a tarball is a metadata update (`npm deprecate`).

/** Limit on everything in the body except the tarball (readme included). */
const MAX_METADATA_BYTES = 64 * 1024 * 1024;

interface PublishPlan {
  version: string;
  manifest: Manifest;
  distTags: Record<string, string>;
  readme?: string;
  digests: ExpectedDigest[];
}

/** What the body says is being published, or undefined when its `versions` were not read yet. */
function planFrom(doc: unknown, name: NpmName): PublishPlan | undefined {
  if (!isObject(doc)) throw new NpmError(400, "The publish body must be a JSON object.");
  if (doc.name !== undefined && doc.name !== name.full) {
    throw new NpmError(400, `The package name in the body (${String(doc.name)}) does not match the name in the URL (${name.full}).`);
  }
  if (!isObject(doc.versions)) return undefined;
  const versions = Object.keys(doc.versions);
  if (versions.length !== 1) throw new NpmError(400, `A publish must carry exactly one version; this one carries ${versions.length}.`);
  const version = versions[0];
  const manifest = doc.versions[version];
  if (!isObject(manifest)) throw new NpmError(400, `The manifest of version ${version} must be a JSON object.`);
  if (manifest.name !== name.full) throw new NpmError(400, `The manifest names package ${String(manifest.name)}, not ${name.full}.`);
  if (manifest.version !== version) throw new NpmError(400, `The manifest's version ${String(manifest.version)} does not match its key ${version}.`);
  if (!isSemver(version)) throw new NpmError(400, `Version ${version} is not a valid semantic version.`);
  const distTags: Record<string, string> = {};
  if (isObject(doc["dist-tags"])) {
    for (const [tag, value] of Object.entries(doc["dist-tags"])) if (typeof value === "string") distTags[tag] = value;
  }
  return {
    version,
    manifest,
    distTags,
    readme: readmeOf(manifest, doc.readme),
    digests: expectedDigests(isObject(manifest.dist) ? manifest.dist : undefined),
  };
}

/** The tarball's way into the package service, started once the metadata passed every check. */
interface Session {
  plan: PublishPlan;
  /** Undefined when the exact same version is already here (an identical re-publish). */
  sink?: IntegrityCheck;
  done?: Promise<PublishResult>;
  failure?: unknown;
}

async function begin(call: NpmCall, name: NpmName, plan: PublishPlan): Promise<Session> {
  const ref = packageRef(call, name);
  const { existing, skipped } = await call.packages.checkPublish({ ...ref, version: plan.version });
  for (const problem of skipped) call.log.warn({ problem }, "publish check skipped an unreachable external registry");
  if (existing) {
    const asset = await call.packages.findAsset(existing, NPM_ASSET);
    const sha512 = asset && Buffer.from(asset.hashes.sha512, "hex").toString("base64");
    const identical = existing.origin.type !== "EXTERNAL" && plan.digests.some((d) => d.algorithm === "sha512" && d.digest === sha512);
    if (identical && (existing.status === "Published" || existing.status === "Unlisted")) return { plan };
    throw new NpmError(
      409,
      `You cannot publish over the previously published version ${plan.version} of ${name.full} (status ${existing.status}) in repository ${call.repository.name}.`,
    );
  }

  const sink = new IntegrityCheck(plan.digests, `the tarball of ${name.full}@${plan.version}`);
  // A small tarball can fail its check before the blob store starts reading; the store still sees
  // the error (the stream stays errored), this only keeps it from being an unhandled event.
  sink.on("error", () => undefined);
  const session: Session = { plan, sink };
  session.done = call.packages.publishVersion({
    ...ref,
    version: plan.version,
    assets: [{ name: NPM_ASSET, content: sink }],
    metadata: versionMetadataOf(name, plan.manifest, plan.readme),
  });
  session.done.catch((error: unknown) => {
    session.failure = error;
  });
  return session;
}

/** Writes tarball bytes, waiting while the blob store catches up (or until the publish fails). */
async function feed(session: Session, chunks: Buffer[]): Promise<void> {
  const { sink, done } = session;
  if (!sink || !done) return;
  for (const chunk of chunks) {
    if (session.failure !== undefined) throw session.failure;
    if (!sink.write(chunk)) {
      await Promise.race([
        once(sink, "drain").catch(() => undefined),
        done.then(
          () => undefined,
          () => undefined,
        ),
      ]);
    }
  }
}

function asPublishError(error: unknown): unknown {
  return error instanceof IntegrityError || error instanceof PublishBodyError ? new NpmError(400, error.message) : error;
}

/** Handles a PUT of a packument: a publish when it carries a tarball, otherwise a metadata update. */
export async function handlePackumentPut(call: NpmCall, body: Readable, name: NpmName): Promise<Record<string, unknown>> {
  let file: string | undefined;
  let prefix: unknown;
  let buffering = false;
  const pending: Buffer[] = [];
  const scanner = new PublishBodyScanner(
    {
      onAttachmentStart(attachment, documentSoFar) {
        if (file !== undefined) throw new NpmError(400, "A publish must carry exactly one tarball.");
        file = attachment;
        prefix = documentSoFar;
      },
      onAttachmentData: (bytes) => pending.push(bytes),
      onAttachmentEnd: () => undefined,
    },
    MAX_METADATA_BYTES,
  );

  let session: Session | undefined;
  try {
    // Not destroyed when a check refuses the publish half-way: the refusal still has to be sent.
    for await (const chunk of body.iterator({ destroyOnReturn: false })) {
      scanner.write(chunk as Buffer);
      if (file !== undefined && !session && !buffering) {
        const plan = planFrom(prefix, name);
        // npm sends the tarball last; a client that sends it first gets it held in memory.
        if (plan) session = await begin(call, name, plan);
        else buffering = true;
      }
      if (session) await feed(session, pending.splice(0));
    }
    const doc = scanner.end();
    if (file === undefined) return await updateFromPackument(call, name, doc);

    if (!session) {
      const plan = planFrom(doc, name);
      if (!plan) throw new NpmError(400, "The publish body has no version.");
      session = await begin(call, name, plan);
    }
    await feed(session, pending.splice(0));
    const attachment = isObject(doc) && isObject(doc._attachments) ? doc._attachments[file] : undefined;
    const declared = isObject(attachment) && typeof attachment.length === "number" ? attachment.length : undefined;
    if (declared !== undefined && declared !== scanner.attachmentBytes) {
      throw new IntegrityError(`The tarball is ${scanner.attachmentBytes} bytes long, but the publish declares ${declared}.`);
    }
    if (session.sink && session.done) {
      session.sink.end();
      await session.done;
    }
  } catch (error) {
    if (session?.sink && !session.sink.destroyed) session.sink.destroy(error instanceof Error ? error : new Error(String(error)));
    await session?.done?.catch(() => undefined);
    throw asPublishError(error);
  }

  const { version, distTags } = session.plan;
  const ref = packageRef(call, name);
  for (const [tag, target] of Object.entries(distTags)) {
    if (target === version) await setDistTag(call.packages, ref, tag, version);
  }
  await ensureLatestTag(call.packages, ref, version);
  return { success: true, id: name.full };
}
