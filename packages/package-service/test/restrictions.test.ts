import type { PackageGroupOriginRestrictionMode as Mode } from "@codeartifact-local/store";
import { describe, expect, it } from "vitest";
import { computeEffectiveRestrictions, resolveGroupMode, type GroupChainLink } from "../src/restrictions";

function link(id: number, pattern: string, publish: Mode, allowedPublish: number[] = [], upstream: Mode = "INHERIT"): GroupChainLink {
  return {
    id,
    pattern,
    arn: `arn:test:${pattern}`,
    modes: { PUBLISH: publish, EXTERNAL_UPSTREAM: upstream, INTERNAL_UPSTREAM: upstream },
    allowed: { PUBLISH: new Set(allowedPublish), EXTERNAL_UPSTREAM: new Set(), INTERNAL_UPSTREAM: new Set() },
  };
}

const root = link(1, "/*", "ALLOW", [], "ALLOW");

describe("effective restrictions", () => {
  it("resolves INHERIT through the nearest ancestor that sets a mode", () => {
    const chain = [link(3, "/npm/space/*", "INHERIT"), link(2, "/npm/*", "BLOCK"), root];
    const resolved = resolveGroupMode(chain, "PUBLISH");
    expect(resolved).toMatchObject({ mode: "INHERIT", effectiveMode: "BLOCK" });
    expect(resolved.source?.pattern).toBe("/npm/*");
    expect(resolveGroupMode(chain, "EXTERNAL_UPSTREAM")).toMatchObject({ mode: "INHERIT", effectiveMode: "ALLOW" });
  });

  it("checks ALLOW_SPECIFIC_REPOSITORIES against the list of the group that set it", () => {
    const chain = [link(3, "/generic/ns/*", "INHERIT"), link(2, "/generic/*", "ALLOW_SPECIFIC_REPOSITORIES", [10]), root];
    expect(computeEffectiveRestrictions({ repositoryId: 10, chain }).publish.allowed).toBe(true);
    const refused = computeEffectiveRestrictions({ repositoryId: 11, chain }).publish;
    expect(refused).toMatchObject({ allowed: false, blockedBy: "package-group", group: { pattern: "/generic/*" } });
  });

  it("lets BLOCK win between the package setting and the group", () => {
    const allowAll = [root];
    const blockGroup = [link(2, "/npm/*", "BLOCK"), root];
    const pkgBlock = { publish: "BLOCK" as const, upstream: "ALLOW" as const };
    const pkgAllow = { publish: "ALLOW" as const, upstream: "BLOCK" as const };
    expect(computeEffectiveRestrictions({ repositoryId: 1, chain: allowAll, packageRestrictions: pkgBlock }).publish).toMatchObject({
      allowed: false,
      blockedBy: "package",
    });
    expect(computeEffectiveRestrictions({ repositoryId: 1, chain: blockGroup, packageRestrictions: pkgAllow }).publish).toMatchObject({
      allowed: false,
      blockedBy: "package-group",
    });
    const both = computeEffectiveRestrictions({ repositoryId: 1, chain: allowAll, packageRestrictions: pkgAllow });
    expect(both.publish.allowed).toBe(true);
    // The package's `upstream` covers internal upstreams and external connections alike.
    expect(both.internalUpstream.allowed).toBe(false);
    expect(both.externalUpstream.allowed).toBe(false);
  });

  it("allows everything when no group applies and the package is new", () => {
    const result = computeEffectiveRestrictions({ repositoryId: 1, chain: [] });
    expect([result.publish.allowed, result.internalUpstream.allowed, result.externalUpstream.allowed]).toEqual([true, true, true]);
    expect(result.associatedGroup).toBeUndefined();
  });
});
