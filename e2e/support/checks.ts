import {
  ListPackageVersionsCommand,
  PutPackageOriginConfigurationCommand,
  type AllowPublish,
  type AllowUpstream,
  type CodeartifactClient,
  type PackageFormat,
  type PackageVersionOrigin,
} from "@aws-sdk/client-codeartifact";
import { expect } from "vitest";

/** Asserts that a client's command (npm, pip, twine, …) exited 0, showing its output when it did not. */
export const expectOk = (result: { code: number | null; output: string }) => expect(result.code, result.output).toBe(0);

/** The versions a repository holds of a package, with their origin; undefined when it holds none. */
export async function heldVersions(
  client: CodeartifactClient,
  ref: { domain: string; repository: string; format: PackageFormat; namespace?: string; package: string },
): Promise<Record<string, PackageVersionOrigin | undefined> | undefined> {
  try {
    const listed = await client.send(new ListPackageVersionsCommand(ref));
    return Object.fromEntries((listed.versions ?? []).map((v) => [v.version!, v.origin]));
  } catch (error) {
    if ((error as Error).name === "ResourceNotFoundException") return undefined;
    throw error;
  }
}

/** An npm package name as the API splits it: `@scope/name` is namespace `scope`, package `name`. */
export function npmCoordinates(name: string): { namespace?: string; package: string } {
  if (!name.startsWith("@")) return { package: name };
  const [namespace, pkg] = name.slice(1).split("/");
  return { namespace, package: pkg };
}

/** Sets a package's origin controls in a repository (PutPackageOriginConfiguration). */
export function setOrigin(
  client: CodeartifactClient,
  ref: { domain: string; repository: string; format: PackageFormat; namespace?: string; package: string },
  publish: AllowPublish,
  upstream: AllowUpstream,
) {
  return client.send(new PutPackageOriginConfigurationCommand({ ...ref, restrictions: { publish, upstream } }));
}
