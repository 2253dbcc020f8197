import type { FastifyReply } from "fastify";
import { sendAsset } from "@codeartifact-local/format-kit";
import { packageRef, type NpmCall } from "./call";
import { NPM_ASSET, type NpmName } from "./names";
import { NpmError } from "./replies";

// Tarball downloads, resolved by the package service: the called repository, its upstreams in
// search order, then the external connection, retained where AWS retains them.

/** The version a tarball file name stands for: `<unscoped name>-<version>.tgz`. */
export function versionOfTarball(name: NpmName, file: string): string | undefined {
  const prefix = `${name.name}-`;
  if (!file.startsWith(prefix) || !file.endsWith(".tgz")) return undefined;
  const version = file.slice(prefix.length, -".tgz".length);
  return version === "" ? undefined : version;
}

export async function serveTarball(call: NpmCall, reply: FastifyReply, name: NpmName, file: string): Promise<FastifyReply> {
  const version = versionOfTarball(name, file);
  if (version === undefined) throw new NpmError(404, `${file} is not a tarball of package ${name.full}.`);
  return sendAsset(reply, await call.packages.resolveAsset({ ...packageRef(call, name), version }, NPM_ASSET));
}
