import { registerConsole } from "@codeartifact-local/console";
import { createServer } from "@codeartifact-local/server";
import { readConfig } from "./config";

const config = readConfig(process.argv.slice(2), process.env);
const app = await createServer(config);
await registerConsole(app);

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
console.log(`web console: ${address}/console/`);
