import type { Readable } from "node:stream";
import { readSmallBody } from "@codeartifact-local/format-kit";
import { getDistTags, removeDistTag, setDistTag } from "@codeartifact-local/package-service";
import { packageRef, type NpmCall } from "./call";
import type { NpmName } from "./names";
import { loadPackageView } from "./package-view";
import { NpmError } from "./replies";

// `npm dist-tag ls/add/rm`. Reads show the merged tags the packument shows; writes change the tags
// of the package in the called repository. As on AWS, a tag an upstream also has keeps showing the
// upstream's value.

const MAX_TAG_BODY = 64 * 1024;

export async function listDistTags(call: NpmCall, name: NpmName): Promise<Record<string, string>> {
  const view = await loadPackageView(call, name);
  if (view.entries.length === 0) throw new NpmError(404, `Package ${name.full} was not found in repository ${call.repository.name}.`);
  return view.distTags;
}

async function readTagBody(body: Readable): Promise<string> {
  const bytes = await readSmallBody(body, MAX_TAG_BODY);
  if (!bytes) throw new NpmError(413, "The dist-tag request body is too large.");
  return bytes.toString("utf8").trim();
}

export async function addDistTag(call: NpmCall, name: NpmName, tag: string, body: Readable): Promise<Record<string, string>> {
  const text = await readTagBody(body);
  let version: unknown = text;
  try {
    version = JSON.parse(text);
  } catch {
    // Some clients send the bare version.
  }
  if (typeof version !== "string" || version === "") throw new NpmError(400, "The body must be the version the tag points at, as a JSON string.");
  const view = await loadPackageView(call, name);
  if (!view.entries.some((e) => e.version === version)) {
    throw new NpmError(404, `Version ${version} of ${name.full} was not found in repository ${call.repository.name}.`);
  }
  const ref = packageRef(call, name);
  await setDistTag(call.packages, ref, tag, version);
  return getDistTags(call.packages, ref);
}

export async function deleteDistTag(call: NpmCall, name: NpmName, tag: string): Promise<Record<string, string>> {
  const ref = packageRef(call, name);
  await removeDistTag(call.packages, ref, tag);
  return getDistTags(call.packages, ref);
}
