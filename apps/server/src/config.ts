import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { defaultConfig, type Quotas, type ServerConfig, type SigningCredential } from "@codeartifact-local/server";

/** Flags win over environment variables, which win over defaults. */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv): ServerConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      "data-dir": { type: "string" },
      "in-memory": { type: "boolean" },
      "log-level": { type: "string" },
      quota: { type: "string", multiple: true },
      "external-connection-url": { type: "string", multiple: true },
      "external-connection-timeout-ms": { type: "string" },
      "database-url": { type: "string" },
      "blob-store": { type: "string" },
      "blob-write-grace-ms": { type: "string" },
      credentials: { type: "string" },
    },
    strict: true,
  });
  const port = Number(values.port ?? env.PORT ?? defaultConfig.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${values.port ?? env.PORT}`);
  return {
    host: values.host ?? env.HOST ?? defaultConfig.host,
    port,
    dataDir: resolve(values["data-dir"] ?? env.DATA_DIR ?? defaultConfig.dataDir),
    inMemory: values["in-memory"] ?? isTrue(env.IN_MEMORY) ?? defaultConfig.inMemory,
    logLevel: values["log-level"] ?? env.LOG_LEVEL ?? defaultConfig.logLevel,
    quotas: readQuotas([...(env.QUOTAS ? env.QUOTAS.split(",") : []), ...(values.quota ?? [])]),
    externalConnectionUrls: readExternalConnectionUrls([
      ...(env.EXTERNAL_CONNECTION_URLS ? env.EXTERNAL_CONNECTION_URLS.split(",") : []),
      ...(values["external-connection-url"] ?? []),
    ]),
    externalConnectionTimeoutMs: readTimeout(values["external-connection-timeout-ms"] ?? env.EXTERNAL_CONNECTION_TIMEOUT_MS),
    databaseUrl: readDatabaseUrl(values["database-url"] ?? env.DATABASE_URL),
    blobStore: readBlobStore(values["blob-store"] ?? env.BLOB_STORE),
    blobWriteGraceMs: readGrace(values["blob-write-grace-ms"] ?? env.BLOB_WRITE_GRACE_MS),
    credentials: readCredentials(values.credentials ?? env.CREDENTIALS_FILE),
  };
}

function readDatabaseUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  if (!/^postgres(ql)?:\/\//.test(value)) throw new Error("invalid database URL; expected postgres://user:password@host:port/database");
  return value;
}

function readGrace(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const ms = Number(value);
  if (!Number.isSafeInteger(ms) || ms < 0) throw new Error(`invalid blob write grace: ${value}`);
  return ms;
}

function readBlobStore(value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  if (!/^s3:\/\/[^/]+/.test(value)) throw new Error(`invalid blob store "${value}"; expected s3://bucket or s3://bucket/prefix`);
  return value;
}

/** A JSON file: `{ "<access key id>": { "secretAccessKey": "...", "account": "123456789012" }, ... }`. */
function readCredentials(file: string | undefined): Map<string, SigningCredential> | undefined {
  if (file === undefined || file === "") return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`cannot read credentials file ${file}: ${(error as Error).message.split("\n")[0]}`);
  }
  const credentials = new Map<string, SigningCredential>();
  for (const [keyId, entry] of Object.entries(typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? parsed : { "": null })) {
    const { secretAccessKey, account } = (entry ?? {}) as Partial<SigningCredential>;
    if (!/^[A-Za-z0-9]{1,128}$/.test(keyId) || typeof secretAccessKey !== "string" || secretAccessKey === "" || typeof account !== "string" || !/^\d{12}$/.test(account)) {
      throw new Error(`invalid credentials file ${file}: expected {"<access key id>": {"secretAccessKey": "...", "account": "<12 digits>"}, ...}`);
    }
    credentials.set(keyId, { secretAccessKey, account });
  }
  if (credentials.size === 0) throw new Error(`credentials file ${file} lists no keys`);
  return credentials;
}

/** `name=url` settings over the public registries, e.g. `--external-connection-url public:npmjs=http://mirror/`. */
function readExternalConnectionUrls(settings: string[]): Record<string, string> {
  const urls = { ...defaultConfig.externalConnectionUrls };
  for (const setting of settings) {
    const at = setting.indexOf("=");
    const name = setting.slice(0, at).trim();
    const value = setting.slice(at + 1).trim();
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (at <= 0 || !/^public:[a-z0-9-]+$/.test(name) || !url || !/^https?:$/.test(url.protocol)) {
      throw new Error(`invalid external connection URL "${setting}"; expected public:<name>=http(s)://host/path/`);
    }
    // A base URL: relative package paths resolve below it only when it ends in "/".
    urls[name] = url.href.endsWith("/") ? url.href : `${url.href}/`;
  }
  return urls;
}

function readTimeout(value: string | undefined): number {
  if (value === undefined || value === "") return defaultConfig.externalConnectionTimeoutMs;
  const ms = Number(value);
  if (!Number.isSafeInteger(ms) || ms <= 0) throw new Error(`invalid external connection timeout: ${value}`);
  return ms;
}

/** `name=value` settings over AWS's defaults, e.g. `--quota domainsPerAccount=20` or `QUOTAS=a=1,b=2`. */
function readQuotas(settings: string[]): Quotas {
  const quotas = { ...defaultConfig.quotas };
  for (const setting of settings) {
    const [name, value] = setting.split("=").map((part) => part.trim());
    const number = Number(value);
    if (!(name in quotas) || !Number.isSafeInteger(number) || number < 0) {
      throw new Error(`invalid quota "${setting}"; known quotas: ${Object.keys(quotas).join(", ")}`);
    }
    quotas[name as keyof Quotas] = number;
  }
  return quotas;
}

function isTrue(value: string | undefined): boolean | undefined {
  if (value === undefined || value === "") return undefined;
  return ["1", "true", "yes"].includes(value.toLowerCase());
}
