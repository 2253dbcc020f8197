import type { Readable } from "node:stream";
import { IntegrityCheck, IntegrityError } from "@codeartifact-local/package-service";
import { crateRef, type CargoCall } from "./call";
import { crateAssetName } from "./names";
import { parseNewCrate } from "./new-crate";
import { PublishBodyError, PublishBodyReader } from "./publish-body";
import { CargoError } from "./replies";

// `cargo publish`: `PUT api/v1/crates/new`. The metadata is read and checked first (crate name and
// version, origin controls, the version in this repository, in a reachable upstream or in the
// external registry), so a refused publish stores nothing; then the crate streams into the blob
// store. Its SHA-256, computed on the way, is the index's `cksum`. Every version is published
// once: publishing a version the repository has, in any status, is a 409 (as crates.io refuses
// it too).

/** Limit on the metadata JSON (it carries the readme). */
const MAX_METADATA_BYTES = 16 * 1024 * 1024;

/** What crates.io answers a successful publish with (cargo prints any warnings). */
const NO_WARNINGS = { warnings: { invalid_categories: [], invalid_badges: [], other: [] } };

export async function handlePublish(call: CargoCall, body: Readable): Promise<typeof NO_WARNINGS> {
  const reader = new PublishBodyReader(body);
  try {
    const crate = parseNewCrate(await reader.metadata(MAX_METADATA_BYTES));
    const length = await reader.crateLength();
    const ref = { ...crateRef(call, crate.name), version: crate.vers };
    const { existing, skipped } = await call.packages.checkPublish(ref);
    for (const problem of skipped) call.log.warn({ problem }, "publish check skipped an unreachable external index");
    if (existing) {
      throw new CargoError(
        409,
        `crate version ${crate.name}@${crate.vers} is already uploaded to repository ${call.repository.name} (status ${existing.status}).`,
      );
    }
    const checked = new IntegrityCheck([], `the crate of ${crate.name}@${crate.vers}`, length);
    // A crate that fails early is still seen by the blob store (the stream stays errored); this only
    // keeps it from being an unhandled event.
    checked.on("error", () => undefined);
    const content = reader.crate(length);
    content.once("error", (error) => checked.destroy(error));
    content.pipe(checked);
    await call.packages.publishVersion({ ...ref, assets: [{ name: crateAssetName(crate.name, crate.vers), content: checked }], metadata: crate.metadata });
    return NO_WARNINGS;
  } catch (error) {
    if (error instanceof PublishBodyError || error instanceof IntegrityError) throw new CargoError(400, error.message);
    throw error;
  }
}
