import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { awsCli, type CliResult } from "./aws-cli";
import { run, type RunResult } from "./npm";

// NuGet.exe 5.8 (the npm package `nuget-exe`) under Mono, isolated: HOME (where the user-level
// NuGet.Config and Mono's key pairs for encrypted passwords go), the global packages folder and
// the HTTP cache are private to the directory. The user-level config starts with `<clear />` and
// every command names its config file and source, so nothing ever reaches nuget.org. A `nuget`
// wrapper script on PATH lets `aws codeartifact login --tool nuget` run it.

export const NUGET_EXE = createRequire(import.meta.url).resolve("nuget-exe/nuget-5.8.0.exe");

export interface NugetSource {
  name: string;
  url: string;
  token?: string;
}

/** A NuGet.Config with only the given sources (and their Basic credentials, in clear text). */
export function nugetConfig(sources: NugetSource[]): string {
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const adds = sources.map((s) => `    <add key="${escape(s.name)}" value="${escape(s.url)}" />`);
  const credentials = sources
    .filter((s) => s.token !== undefined)
    .map(
      (s) => `    <${s.name}>\n      <add key="Username" value="aws" />\n      <add key="ClearTextPassword" value="${escape(s.token!)}" />\n    </${s.name}>`,
    );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    "<configuration>",
    "  <packageSources>",
    "    <clear />",
    ...adds,
    "  </packageSources>",
    "  <packageSourceCredentials>",
    ...credentials,
    "  </packageSourceCredentials>",
    "</configuration>",
    "",
  ].join("\n");
}

export class NugetClientEnv {
  readonly env: NodeJS.ProcessEnv;
  readonly home: string;
  readonly bin: string;
  /** The user-level config `aws codeartifact login --tool nuget` writes to. */
  readonly userConfig: string;
  /** How many times NuGet.exe ran (it starts slowly under Mono: tests keep this small). */
  runs = 0;

  constructor(readonly dir: string) {
    this.home = join(dir, "home");
    this.bin = join(dir, "bin");
    this.userConfig = join(this.home, ".config", "NuGet", "NuGet.Config");
    mkdirSync(join(this.home, ".config", "NuGet"), { recursive: true });
    mkdirSync(this.bin, { recursive: true });
    writeFileSync(this.userConfig, nugetConfig([]));
    const wrapper = join(this.bin, "nuget");
    writeFileSync(wrapper, `#!/bin/sh\nexec mono "${NUGET_EXE}" "$@"\n`);
    chmodSync(wrapper, 0o755);
    this.env = {
      PATH: `${this.bin}:${process.env.PATH}`,
      HOME: this.home,
      XDG_CONFIG_HOME: join(this.home, ".config"),
      NUGET_PACKAGES: join(dir, "global-packages"),
      NUGET_HTTP_CACHE_PATH: join(dir, "http-cache"),
      NUGET_PLUGINS_CACHE_PATH: join(dir, "plugins-cache"),
      DOTNET_CLI_TELEMETRY_OPTOUT: "1",
    };
  }

  /** Writes a config file with these sources into the directory, returning its path. */
  writeConfig(name: string, sources: NugetSource[]): string {
    const path = join(this.dir, name);
    writeFileSync(path, nugetConfig(sources));
    return path;
  }

  /** NuGet.exe with the given arguments, never prompting. */
  nuget(args: string[], cwd = this.dir): Promise<RunResult> {
    this.runs++;
    return run("mono", [NUGET_EXE, ...args, "-NonInteractive"], { cwd, env: this.env, timeoutMs: 120_000 });
  }

  /** `nuget install` into `output` from one source of a config file, bypassing every cache. */
  install(config: string, source: string, id: string, output: string, extra: string[] = []): Promise<RunResult> {
    return this.nuget(["install", id, "-ConfigFile", config, "-Source", source, "-OutputDirectory", output, "-NoCache", "-DirectDownload", ...extra]);
  }

  /** `aws codeartifact login --tool nuget`: the CLI runs the `nuget` wrapper (twice: list, then add or update). */
  login(endpoint: string, domain: string, repository: string): Promise<CliResult> {
    this.runs += 2;
    return awsCli(endpoint, ["codeartifact", "login", "--tool", "nuget", "--domain", domain, "--repository", repository], {
      PATH: this.env.PATH,
      HOME: this.home,
      XDG_CONFIG_HOME: this.env.XDG_CONFIG_HOME,
    });
  }
}

/** The Basic header NuGet clients send from a source's credentials. */
export const basicAuth = (token: string) => ({ authorization: `Basic ${Buffer.from(`aws:${token}`).toString("base64")}` });
