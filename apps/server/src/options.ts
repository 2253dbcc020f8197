/**
 * Every command-line option in one table: its flag, the environment variable it can also come
 * from, and its help text. `config.ts` turns the values into the server's config; the README's
 * configuration table lists the same rows.
 */
export interface OptionSpec {
  /** Commander's flag syntax; the camel-cased long name is the key of the row. */
  flags: string;
  env: string;
  description: string;
  /** Shown in `--help`; the value itself comes from the server's defaults. */
  defaultText?: string;
  /** The flag may be given several times; the variable holds a comma-separated list. */
  repeatable?: boolean;
}

export const OPTIONS = {
  port: { flags: "--port <number>", env: "PORT", description: "listening port (0 picks a free one)", defaultText: "4566" },
  host: { flags: "--host <address>", env: "HOST", description: "listening address", defaultText: "127.0.0.1" },
  dataDir: { flags: "--data-dir <path>", env: "DATA_DIR", description: "folder where state is kept, relative to the current folder", defaultText: ".data" },
  inMemory: { flags: "--in-memory", env: "IN_MEMORY", description: "keep nothing on disk" },
  hostname: {
    flags: "--hostname <name>",
    env: "ENDPOINT_HOSTNAME",
    description: "DNS name for host-style repository endpoints: {domain}-{owner}.d.codeartifact.{region}.<name>",
  },
  logLevel: {
    flags: "--log-level <level>",
    env: "LOG_LEVEL",
    description: "pino log level (trace, debug, info, warn, error, fatal, silent)",
    defaultText: "info",
  },
  logFormat: { flags: "--log-format <format>", env: "LOG_FORMAT", description: "pretty or json", defaultText: "pretty in a terminal, else json" },
  quota: {
    flags: "--quota <name=value>",
    env: "QUOTAS",
    description: "raise a service quota (repeatable)",
    repeatable: true,
  },
  externalConnectionUrl: {
    flags: "--external-connection-url <public:name=url>",
    env: "EXTERNAL_CONNECTION_URLS",
    description: "registry an external connection proxies (repeatable)",
    repeatable: true,
  },
  externalConnectionTimeoutMs: {
    flags: "--external-connection-timeout-ms <ms>",
    env: "EXTERNAL_CONNECTION_TIMEOUT_MS",
    description: "how long to wait on an external registry",
    defaultText: "30000",
  },
  externalMetadataMaxAgeMs: {
    flags: "--external-metadata-max-age-ms <ms>",
    env: "EXTERNAL_METADATA_MAX_AGE_MS",
    description: "how long a public registry's metadata is reused before it is asked again (0: always ask)",
    defaultText: "60000",
  },
  databaseUrl: {
    flags: "--database-url <url>",
    env: "DATABASE_URL",
    description: "shared deployments: keep the store in PostgreSQL (postgres://user:password@host:port/database) instead of SQLite in the data dir",
  },
  blobStore: {
    flags: "--blob-store <url>",
    env: "BLOB_STORE",
    description: "shared deployments: keep assets in S3 (s3://bucket[/prefix]; endpoint, region and credentials the standard AWS way) instead of the data dir",
  },
  blobWriteGraceMs: {
    flags: "--blob-write-grace-ms <ms>",
    env: "BLOB_WRITE_GRACE_MS",
    description: "S3 blob store: cleanup keeps blobs written more recently than this (another instance may be recording them)",
    defaultText: "900000",
  },
  credentials: {
    flags: "--credentials <file>",
    env: "CREDENTIALS_FILE",
    description: 'require SigV4-signed API requests with the keys of a JSON file {"<access key id>": {"secretAccessKey": "...", "account": "<12 digits>"}}',
  },
} satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;
