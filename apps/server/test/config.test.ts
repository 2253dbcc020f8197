import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultConfig, defaultQuotas } from "@codeartifact-local/server";
import { readCommandLine, readConfig, UsageError } from "../src/config";

describe("readConfig", () => {
  it("uses the documented defaults", () => {
    expect(defaultConfig.externalConnectionUrls["public:npmjs"]).toBe("https://registry.npmjs.org/");
    expect(readConfig([], {})).toEqual({
      host: "127.0.0.1",
      port: 4566,
      dataDir: resolve(".data"),
      inMemory: false,
      logLevel: "info",
      quotas: defaultQuotas,
      externalConnectionUrls: defaultConfig.externalConnectionUrls,
      externalConnectionTimeoutMs: 30_000,
      externalMetadataMaxAgeMs: 60_000,
    });
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

  it("points external connections at other registries, flags after the environment", () => {
    const config = readConfig(["--external-connection-url", "public:npmjs=http://127.0.0.1:9000/npm", "--external-connection-timeout-ms", "500"], {
      EXTERNAL_CONNECTION_URLS: "public:npmjs=http://mirror.example/,public:pypi=https://pypi.example/",
      EXTERNAL_CONNECTION_TIMEOUT_MS: "900",
    });
    expect(config.externalConnectionUrls).toEqual({ "public:npmjs": "http://127.0.0.1:9000/npm/", "public:pypi": "https://pypi.example/" });
    expect(config.externalConnectionTimeoutMs).toBe(500);
    expect(() => readConfig(["--external-connection-url", "npmjs=http://x/"], {})).toThrow(/invalid external connection URL/);
    expect(() => readConfig(["--external-connection-url", "public:npmjs=ftp://x/"], {})).toThrow(/invalid external connection URL/);
    expect(() => readConfig(["--external-connection-timeout-ms", "0"], {})).toThrow(/invalid external connection timeout/);
    expect(readConfig(["--external-metadata-max-age-ms", "0"], { EXTERNAL_METADATA_MAX_AGE_MS: "5000" }).externalMetadataMaxAgeMs).toBe(0);
    expect(() => readConfig([], { EXTERNAL_METADATA_MAX_AGE_MS: "-1" })).toThrow(/invalid external metadata max-age/);
  });

  it("accepts flags after a leading --, as pnpm start -- passes them", () => {
    expect(readConfig(["--", "--port", "4598"], {}).port).toBe(4598);
  });

  it("reads the host-style hostname and the log format", () => {
    expect(readCommandLine(["--hostname", "Localhost.LocalStack.cloud."], {})).toMatchObject({ config: { hostname: "localhost.localstack.cloud" } });
    expect(readCommandLine([], { ENDPOINT_HOSTNAME: "ca.test", LOG_FORMAT: "json" })).toMatchObject({ config: { hostname: "ca.test" }, logFormat: "json" });
    expect(readCommandLine([], {}).logFormat).toBeUndefined();
    expect(() => readConfig(["--hostname", "bad_name"], {})).toThrow(UsageError);
    expect(() => readConfig(["--log-format", "xml"], {})).toThrow(/invalid log format/);
  });

  it("rejects an invalid port and unknown flags", () => {
    expect(() => readConfig(["--port", "99999"], {})).toThrow(/invalid port/);
    expect(() => readConfig(["--prot", "1"], {})).toThrow(/unknown option '--prot'/);
    expect(() => readConfig(["4566"], {})).toThrow(UsageError);
  });

  it("reads the shared-deployment settings from flags or environment", () => {
    const dir = mkdtempSync(join(tmpdir(), "ca-config-"));
    try {
      const file = join(dir, "credentials.json");
      writeFileSync(file, JSON.stringify({ AKIDEXAMPLE: { secretAccessKey: "s3cr3t", account: "111122223333" } }));
      const config = readConfig(["--database-url", "postgres://u:p@db:5432/ca", "--blob-store", "s3://bucket/prefix"], {
        CREDENTIALS_FILE: file,
        DATABASE_URL: "postgres://other/x",
      });
      expect(config).toMatchObject({ databaseUrl: "postgres://u:p@db:5432/ca", blobStore: "s3://bucket/prefix" });
      expect([...config.credentials!]).toEqual([["AKIDEXAMPLE", { secretAccessKey: "s3cr3t", account: "111122223333" }]]);
      expect(readConfig([], { DATABASE_URL: "postgresql://db/ca", BLOB_STORE: "s3://b" })).toMatchObject({
        databaseUrl: "postgresql://db/ca",
        blobStore: "s3://b",
      });
      expect(() => readConfig(["--database-url", "mysql://db"], {})).toThrow(/invalid database URL/);
      expect(() => readConfig(["--blob-store", "/var/blobs"], {})).toThrow(/invalid blob store/);
      writeFileSync(file, JSON.stringify({ AKID: { secretAccessKey: "x", account: "12" } }));
      expect(() => readConfig(["--credentials", file], {})).toThrow(/invalid credentials file/);
      expect(() => readConfig(["--credentials", join(dir, "missing.json")], {})).toThrow(/cannot read credentials file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
