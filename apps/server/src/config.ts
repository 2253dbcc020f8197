import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { defaultConfig, type Quotas, type ServerConfig } from "@codeartifact-local/server";

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
      "external-metadata-max-age-ms": { type: "string" },
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
    externalConnectionTimeoutMs: readMs("external connection timeout", values["external-connection-timeout-ms"] ?? env.EXTERNAL_CONNECTION_TIMEOUT_MS, defaultConfig.externalConnectionTimeoutMs, 1),
    externalMetadataMaxAgeMs: readMs("external metadata max-age", values["external-metadata-max-age-ms"] ?? env.EXTERNAL_METADATA_MAX_AGE_MS, defaultConfig.externalMetadataMaxAgeMs, 0),
  };
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

function readMs(what: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined || value === "") return fallback;
  const ms = Number(value);
  if (!Number.isSafeInteger(ms) || ms < min) throw new Error(`invalid ${what}: ${value}`);
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
