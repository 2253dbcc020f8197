import type { ServerConfig } from "@codeartifact-local/server";

/** What a person starting the server in a terminal needs next: where it is and what to type. */
export function banner(version: string, url: string, config: ServerConfig): string {
  const hostStyle = config.hostname
    ? `http://{domain}-{owner}.d.codeartifact.{region}.${config.hostname}:${new URL(url).port}/{format}/{repository}/`
    : undefined;
  const rows: [string, string][] = [
    ["endpoint", url],
    ["console", `${url}/console/`],
    ["data", config.inMemory ? "in memory (nothing is kept)" : config.dataDir],
    ["account", "the access key id when it is 12 digits, else 000000000000"],
    ["repositories", hostStyle ?? `path style, ${url}/{format}/d/{domain}-{owner}/{repository}/`],
    ...Object.entries(config.externalConnectionUrls).map(([name, target]): [string, string] => [name, target]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return [
    `codeartifact-local ${version} listening on ${url}`,
    "",
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    "",
    "Try, in another terminal:",
    `  export AWS_ENDPOINT_URL_CODEARTIFACT=${url}`,
    "  export AWS_ACCESS_KEY_ID=123456789012 AWS_SECRET_ACCESS_KEY=x AWS_DEFAULT_REGION=us-east-1",
    "  aws codeartifact create-domain --domain demo",
    "  aws codeartifact create-repository --domain demo --repository main",
    "  aws codeartifact associate-external-connection --domain demo --repository main --external-connection public:npmjs",
    "  aws codeartifact login --tool npm --domain demo --repository main",
    `  (or pass --endpoint-url ${url} to each aws codeartifact command)`,
    "",
  ].join("\n");
}
