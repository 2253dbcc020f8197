// The `codeartifact-local` program: reads the command line, starts the server, stops it cleanly
// on SIGINT or SIGTERM (exit 0). Every failure a user can cause ends in one line and exit code
// 1 (2 for a bad command line), never a stack trace.
import { CommanderError } from "commander";
import { registerConsole } from "@codeartifact-local/console";
import { createServer } from "@codeartifact-local/server";
import { banner } from "./banner";
import { readCommandLine, UsageError, VERSION } from "./config";
import { logStream } from "./logging";

function fail(message: string, code: number): never {
  process.stderr.write(`codeartifact-local: ${message}\n`);
  process.exit(code);
}

/** A sentence for the errors a user can cause at start; anything else by its message alone. */
function startFailure(error: unknown, host: string, port: number): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === "EADDRINUSE") return `port ${port} on ${host} is in use; choose another with --port (0 picks a free one)`;
  if (code === "EACCES" && message.includes("listen")) return `not allowed to listen on ${host}:${port}; choose a port above 1023 with --port`;
  if (code === "EADDRNOTAVAIL") return `cannot listen on ${host}: no such address on this machine (--host)`;
  return `cannot start: ${(message || String(error)).split("\n")[0]}`;
}

let commandLine;
try {
  commandLine = readCommandLine(process.argv.slice(2), process.env);
} catch (error) {
  if (error instanceof CommanderError && error.exitCode === 0) process.exit(0); // --help, --version
  if (error instanceof UsageError) fail(`${error.message} (see --help)`, 2);
  throw error;
}
const { config, logFormat } = commandLine;
const terminal = process.stdout.isTTY === true;

let app;
try {
  app = await createServer(config, undefined, { logStream: logStream(logFormat, terminal) });
  await registerConsole(app);
} catch (error) {
  fail(startFailure(error, config.host, config.port), 1);
}

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "stopping");
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error(error);
        process.exit(1);
      },
    );
  });
}

let address: string;
try {
  address = await app.listen({ host: config.host, port: config.port });
} catch (error) {
  await app.close().catch(() => {});
  fail(startFailure(error, config.host, config.port), 1);
}
// The ready line is the interface for scripts and tests: they wait for it and read the URL.
// A terminal gets the banner, which starts with the same line.
console.log(terminal ? banner(VERSION, address, config) : `codeartifact-local listening on ${address}`);
// Logs read by machines get the same facts as the banner, as fields.
if (!terminal) {
  const { inMemory, dataDir, hostname, externalConnectionUrls } = config;
  app.log.info(
    { version: VERSION, endpoint: address, dataDir: inMemory ? null : dataDir, inMemory, hostname, externalConnectionUrls },
    "codeartifact-local started",
  );
}
