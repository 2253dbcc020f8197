import { describe, expect, it } from "vitest";
import { parseNugetRoute } from "../src/routes";

describe("NuGet routes", () => {
  it("routes the feed's read resources, lowercasing ids", () => {
    expect(parseNugetRoute("GET", "v3/index.json")).toEqual({ kind: "service-index" });
    expect(parseNugetRoute("HEAD", "v3/index.json")).toEqual({ kind: "service-index" });
    expect(parseNugetRoute("GET", "v3/registration4/Lib.Core/index.json")).toEqual({ kind: "registration-index", id: "lib.core" });
    expect(parseNugetRoute("GET", "v3/registration4/lib.core/1.0.0-Beta.json")).toEqual({ kind: "registration-leaf", id: "lib.core", version: "1.0.0-Beta" });
    expect(parseNugetRoute("GET", "v3/flatcontainer/lib.core/index.json")).toEqual({ kind: "versions", id: "lib.core" });
    expect(parseNugetRoute("GET", "v3/flatcontainer/lib.core/1.0.0/lib.core.1.0.0.nupkg")).toEqual({ kind: "nupkg", id: "lib.core", version: "1.0.0" });
    expect(parseNugetRoute("GET", "v3/flatcontainer/Lib.Core/1.0.0-RC/Lib.Core.1.0.0-rc.nupkg")).toEqual({
      kind: "nupkg",
      id: "lib.core",
      version: "1.0.0-RC",
    });
    expect(parseNugetRoute("GET", "v3/flatcontainer/lib.core/1.0.0/lib.core.nuspec")).toEqual({ kind: "nuspec", id: "lib.core", version: "1.0.0" });
    expect(parseNugetRoute("GET", "v3/search")).toEqual({ kind: "search" });
  });

  it("routes publishing: PUT with or without the trailing slash, DELETE and POST on a version", () => {
    expect(parseNugetRoute("PUT", "v2/package/")).toEqual({ kind: "push" });
    expect(parseNugetRoute("PUT", "v2/package")).toEqual({ kind: "push" });
    expect(parseNugetRoute("DELETE", "v2/package/Lib.Core/1.0.0")).toEqual({ kind: "unlist", id: "lib.core", version: "1.0.0" });
    expect(parseNugetRoute("POST", "v2/package/lib.core/1.0.0")).toEqual({ kind: "relist", id: "lib.core", version: "1.0.0" });
  });

  it("answers wrong methods with what is allowed", () => {
    expect(parseNugetRoute("GET", "v2/package/")).toEqual({ kind: "method-not-allowed", allow: "PUT" });
    expect(parseNugetRoute("PUT", "v3/index.json")).toEqual({ kind: "method-not-allowed", allow: "GET, HEAD" });
    expect(parseNugetRoute("GET", "v2/package/lib.core/1.0.0")).toEqual({ kind: "method-not-allowed", allow: "DELETE, POST" });
  });

  it("does not route malformed or foreign paths", () => {
    for (const rest of [
      "",
      "v3",
      "v3/index.json/",
      "v3/flatcontainer/",
      "v3/flatcontainer/lib.core",
      "v3/flatcontainer/lib.core/1.0.0/other.1.0.0.nupkg",
      "v3/flatcontainer/lib.core/1.0.0/lib.core.2.0.0.nupkg",
      "v3/flatcontainer/%zz/index.json",
      "v3/flatcontainer/a%2Fb/index.json",
      "v3/flatcontainer/lib.core/1.0.0/lib.core.1.0.0.nupkg/x",
      "v3/registration4/lib.core/.json",
      "v3/registration4/lib.core/1.0.0",
      "v2/package/lib.core",
      "v2/package/lib.core/1.0.0/x",
      "v2/package/lib.core/not-a-version",
      "v2/package/%00/1.0.0",
      "v3/flatcontainer/%00/index.json",
      "v3/flatcontainer/bad%20id/index.json",
      `v3/flatcontainer/${"a".repeat(101)}/index.json`,
      "v3/flatcontainer/a..b/index.json",
      "v3/flatcontainer/lib.core/1.0.0.0.0/lib.core.1.0.0.0.0.nupkg",
      "v3/flatcontainer/lib.core/%2e%2e/lib.core.%2e%2e.nupkg",
      "v3/registration4/lib.core/latest.json",
      "v3/registration4/%E2%80%AE/index.json",
      "simple/x/",
    ]) {
      expect(parseNugetRoute("GET", rest), rest).toEqual({ kind: "not-found" });
    }
  });
});
