import { createServer } from "@codeartifact-local/server";
import { readConfig } from "./config";

let app: Awaited<ReturnType<typeof createServer>>;
let config: ReturnType<typeof readConfig>;
try {
  config = readConfig(process.argv.slice(2), process.env);
  app = await createServer(config);
} catch (error) {
  // One line a person or a supervisor can act on (an unreachable database, a missing bucket, a bad flag).
  console.error(`codeartifact-local: cannot start: ${String((error as Error)?.message ?? error).split("\n")[0]}`);
  process.exit(1);
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

const address = await app.listen({ host: config.host, port: config.port });
// The ready line is the interface for scripts and tests: they wait for it and read the URL.
console.log(`codeartifact-local listening on ${address}`);
