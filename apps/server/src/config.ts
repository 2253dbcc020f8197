import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { defaultConfig, type Quotas, type ServerConfig, type SigningCredential } from "@codeartifact-local/server";
import { OPTIONS, type OptionName } from "./options";
import packageJson from "../package.json" with { type: "json" };

export const VERSION: string = packageJson.version;

/** A mistake in the command line or the environment: printed as one line, exit code 2. */
export class UsageError extends Error {}

export type LogFormat = "pretty" | "json";

export interface CommandLine {
  config: ServerConfig;
  /** Undefined: pretty in a terminal, JSON otherwise. */
  logFormat?: LogFormat;
}

/** The command-line program, built from the option table; `--help` and `--version` included. */
export function program(): Command {
  const command = new Command("codeartifact-local")
    .description("A local emulator of AWS CodeArtifact: the control-plane API and the npm and PyPI repository endpoints.")
    .version(VERSION, "-v, --version", "print the version")
    .helpOption("-h, --help", "print this help")
    .addHelpText("after", "\nFlags win over environment variables, which win over the defaults.")
    .exitOverride()
    // Errors are reported by the caller in one line; help and version still go to stdout.
    .configureOutput({ writeErr: () => {}, outputError: () => {} });
  for (const spec of Object.values(OPTIONS)) {
    const defaultText = "defaultText" in spec ? ` (default: ${spec.defaultText})` : "";
    const option = new Option(spec.flags, `${spec.description}${defaultText} [env ${spec.env}]`);
    if ("repeatable" in spec) option.argParser((value: string, previous: string[] = []) => [...previous, value]);
    command.addOption(option);
  }
  return command;
}

/**
 * Reads the command line (`--` before the flags is allowed, as `pnpm start -- --port 1` passes
 * it) and the environment. Throws `UsageError` for anything invalid and Commander's own
 * zero-exit error after printing `--help` or `--version`.
 */
export function readCommandLine(argv: string[], env: NodeJS.ProcessEnv): CommandLine {
  const command = program();
  try {
    command.parse(argv[0] === "--" ? argv.slice(1) : argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode !== 0) {
      throw new UsageError(error.message.replace(/^error: /, "").replace(/\s*\n\s*/g, " "));
    }
    throw error;
  }
  const flags = command.opts<Partial<Record<OptionName, string | string[] | boolean>>>();
  const one = (name: OptionName): string | undefined => {
    const value = flags[name] ?? env[OPTIONS[name].env];
    return value === "" ? undefined : (value as string | undefined);
  };
  // Lists: the variable's entries first, then the flags, so a later setting of a name wins.
  const list = (name: OptionName): string[] =>
    [...(env[OPTIONS[name].env]?.split(",") ?? []), ...((flags[name] as string[] | undefined) ?? [])].filter((s) => s.trim());
  return {
    config: {
      host: one("host") ?? defaultConfig.host,
      port: readPort(one("port")),
      dataDir: resolve(one("dataDir") ?? defaultConfig.dataDir),
      inMemory: flags.inMemory === true || (isTrue(env[OPTIONS.inMemory.env]) ?? defaultConfig.inMemory),
      logLevel: readLogLevel(one("logLevel")),
      quotas: readQuotas(list("quota")),
      externalConnectionUrls: readExternalConnectionUrls(list("externalConnectionUrl")),
      externalConnectionTimeoutMs: readMs("external connection timeout", one("externalConnectionTimeoutMs"), defaultConfig.externalConnectionTimeoutMs, 1),
      externalMetadataMaxAgeMs: readMs("external metadata max-age", one("externalMetadataMaxAgeMs"), defaultConfig.externalMetadataMaxAgeMs, 0),
      ...readHostname(one("hostname")),
      databaseUrl: readDatabaseUrl(one("databaseUrl")),
      blobStore: readBlobStore(one("blobStore")),
      blobWriteGraceMs: one("blobWriteGraceMs") === undefined ? undefined : readMs("blob write grace", one("blobWriteGraceMs"), 0, 0),
      credentials: readCredentials(one("credentials")),
    },
    logFormat: readLogFormat(one("logFormat")),
  };
}

/** The server's config alone (flags win over environment variables, which win over defaults). */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv): ServerConfig {
  return readCommandLine(argv, env).config;
}

function readPort(value: string | undefined): number {
  if (value === undefined) return defaultConfig.port;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`invalid port "${value}": expected a number from 0 to 65535`);
  return port;
}

const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"];

function readLogLevel(value: string | undefined): string {
  if (value === undefined) return defaultConfig.logLevel;
  if (!LOG_LEVELS.includes(value)) throw new UsageError(`invalid log level "${value}": expected one of ${LOG_LEVELS.join(", ")}`);
  return value;
}

function readLogFormat(value: string | undefined): LogFormat | undefined {
  if (value === undefined || value === "pretty" || value === "json") return value;
  throw new UsageError(`invalid log format "${value}": expected pretty or json`);
}

/** A DNS name (labels of letters, digits and `-`), lower-cased as hosts are compared. */
function readHostname(value: string | undefined): Pick<ServerConfig, "hostname"> {
  if (value === undefined) return {};
  const hostname = value.toLowerCase().replace(/\.$/, "");
  if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/.test(hostname)) {
    throw new UsageError(`invalid hostname "${value}": expected a DNS name such as localhost.localstack.cloud`);
  }
  return { hostname };
}

function readDatabaseUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^postgres(ql)?:\/\//.test(value)) throw new UsageError("invalid database URL; expected postgres://user:password@host:port/database");
  return value;
}

function readBlobStore(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^s3:\/\/[^/]+/.test(value)) throw new UsageError(`invalid blob store "${value}"; expected s3://bucket or s3://bucket/prefix`);
  return value;
}

/** A JSON file: `{ "<access key id>": { "secretAccessKey": "...", "account": "123456789012" }, ... }`. */
function readCredentials(file: string | undefined): Map<string, SigningCredential> | undefined {
  if (file === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new UsageError(`cannot read credentials file ${file}: ${(error as Error).message.split("\n")[0]}`);
  }
  const credentials = new Map<string, SigningCredential>();
  for (const [keyId, entry] of Object.entries(typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? parsed : { "": null })) {
    const { secretAccessKey, account } = (entry ?? {}) as Partial<SigningCredential>;
    if (
      !/^[A-Za-z0-9]{1,128}$/.test(keyId) ||
      typeof secretAccessKey !== "string" ||
      secretAccessKey === "" ||
      typeof account !== "string" ||
      !/^\d{12}$/.test(account)
    ) {
      throw new UsageError(`invalid credentials file ${file}: expected {"<access key id>": {"secretAccessKey": "...", "account": "<12 digits>"}, ...}`);
    }
    credentials.set(keyId, { secretAccessKey, account });
  }
  if (credentials.size === 0) throw new UsageError(`credentials file ${file} lists no keys`);
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
      throw new UsageError(`invalid external connection URL "${setting}"; expected public:<name>=http(s)://host/path/`);
    }
    // A base URL: relative package paths resolve below it only when it ends in "/".
    urls[name] = url.href.endsWith("/") ? url.href : `${url.href}/`;
  }
  return urls;
}

function readMs(what: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined || value === "") return fallback;
  const ms = Number(value);
  if (!Number.isSafeInteger(ms) || ms < min) throw new UsageError(`invalid ${what}: ${value}`);
  return ms;
}

/** `name=value` settings over AWS's defaults, e.g. `--quota domainsPerAccount=20` or `QUOTAS=a=1,b=2`. */
function readQuotas(settings: string[]): Quotas {
  const quotas = { ...defaultConfig.quotas };
  for (const setting of settings) {
    const [name, value] = setting.split("=").map((part) => part.trim());
    const number = Number(value);
    if (!(name in quotas) || !Number.isSafeInteger(number) || number < 0) {
      throw new UsageError(`invalid quota "${setting}"; known quotas: ${Object.keys(quotas).join(", ")}`);
    }
    quotas[name as keyof Quotas] = number;
  }
  return quotas;
}

function isTrue(value: string | undefined): boolean | undefined {
  if (value === undefined || value === "") return undefined;
  return ["1", "true", "yes"].includes(value.toLowerCase());
}
