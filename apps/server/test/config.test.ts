import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultQuotas } from "@codeartifact-local/server";
import { readConfig } from "../src/config";

describe("readConfig", () => {
  it("uses the documented defaults", () => {
    expect(readConfig([], {})).toEqual({ host: "127.0.0.1", port: 4566, dataDir: resolve(".data"), inMemory: false, logLevel: "info", quotas: defaultQuotas });
  });

  it("lets flags win over environment variables", () => {
    const config = readConfig(["--port", "5000", "--in-memory"], { PORT: "6000", HOST: "0.0.0.0", DATA_DIR: "/tmp/x", IN_MEMORY: "false" });
    expect(config).toMatchObject({ port: 5000, host: "0.0.0.0", dataDir: "/tmp/x", inMemory: true });
  });

  it("raises quotas from the environment and flags", () => {
    const config = readConfig(["--quota", "repositoriesPerDomain=5000"], { QUOTAS: "domainsPerAccount=20,repositoriesPerDomain=2000" });
    expect(config.quotas).toEqual({ ...defaultQuotas, domainsPerAccount: 20, repositoriesPerDomain: 5000 });
    expect(() => readConfig(["--quota", "nope=1"], {})).toThrow(/invalid quota/);
  });

  it("rejects an invalid port and unknown flags", () => {
    expect(() => readConfig(["--port", "99999"], {})).toThrow(/invalid port/);
    expect(() => readConfig(["--prot", "1"], {})).toThrow();
  });
});
