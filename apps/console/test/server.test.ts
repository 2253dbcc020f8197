import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import { consoleDist, registerConsole } from "../src/server";

// The static side of the console, through fastify.inject(); the page itself is tested in a real
// browser by e2e/test/console.test.ts.

const empty = mkdtempSync(join(tmpdir(), "ca-console-"));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe("registerConsole", () => {
  it("serves the built bundle under /console/ with a same-origin-only content security policy", async () => {
    const app = Fastify();
    await registerConsole(app);
    const redirect = await app.inject("/console");
    expect(redirect.statusCode).toBe(302);
    expect(redirect.headers.location).toBe("/console/");

    const index = await app.inject("/console/");
    expect(index.statusCode).toBe(200);
    expect(index.headers["content-type"]).toMatch(/^text\/html/);
    expect(index.headers["cache-control"]).toBe("no-cache");
    expect(index.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(index.body).toBe(readFileSync(join(consoleDist, "index.html"), "utf8"));

    const script = /src="\/console\/(assets\/[^"]+\.js)"/.exec(index.body)![1];
    const asset = await app.inject(`/console/${script}`);
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["cache-control"]).toContain("immutable");
    // Every URL the bundle names is relative or on this server: nothing from another host.
    expect(index.body).not.toMatch(/(src|href)="(https?:)?\/\//);
    await app.close();
  });

  it("answers 503 with what to run when the bundle was not built", async () => {
    const app = Fastify({ logger: false });
    await registerConsole(app, { root: empty });
    const response = await app.inject("/console/");
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain("pnpm --filter @codeartifact-local/console build");
    await app.close();
  });
});
