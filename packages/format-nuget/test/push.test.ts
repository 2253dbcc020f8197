import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { afterAll, describe, expect, it } from "vitest";
import { ServiceError } from "@codeartifact-local/package-service";
import { spoolPackage } from "../src/push";
import { NugetError } from "../src/replies";

const dir = mkdtempSync(join(tmpdir(), "nuget-push-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A multipart body as clients send it, with its headers. */
function request(form: FormData) {
  const response = new Response(form);
  return { headers: { "content-type": response.headers.get("content-type")! }, body: Readable.fromWeb(response.body as WebReadableStream<Uint8Array>) };
}

let n = 0;
const target = () => join(dir, `${++n}.nupkg`);

describe("receiving a pushed package", () => {
  it("writes the first file part to disk, whatever its field name", async () => {
    const form = new FormData();
    form.append("note", "ignored");
    form.append("package", new Blob([Buffer.from("first")]), "a.nupkg");
    form.append("other", new Blob([Buffer.from("second")]), "b.nupkg");
    const { headers, body } = request(form);
    const path = target();
    expect(await spoolPackage(headers, body, path, 1000)).toBe(true);
    expect(readFileSync(path, "utf8")).toBe("first");
  });

  it("says so when the form has no file", async () => {
    const form = new FormData();
    form.append("field", "value");
    const { headers, body } = request(form);
    expect(await spoolPackage(headers, body, target(), 1000)).toBe(false);
  });

  it("refuses a package over the size limit with the quota error", async () => {
    const form = new FormData();
    form.append("package", new Blob([Buffer.alloc(5000, 1)]), "a.nupkg");
    const { headers, body } = request(form);
    const refused = await spoolPackage(headers, body, target(), 1000).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ServiceError);
    expect((refused as ServiceError).status).toBe(402);
  });

  it("refuses malformed multipart bodies with 400", async () => {
    const noBoundary = spoolPackage({ "content-type": "multipart/form-data" }, Readable.from([Buffer.from("x")]), target(), 1000);
    await expect(noBoundary).rejects.toBeInstanceOf(NugetError);
    const truncated = spoolPackage(
      { "content-type": "multipart/form-data; boundary=xyz" },
      Readable.from([Buffer.from('--xyz\r\nContent-Disposition: form-data; name="package"; filename="a.nupkg"\r\n\r\npartial')]),
      target(),
      1000,
    );
    await expect(truncated).rejects.toMatchObject({ status: 400 });
  });

  it("fails when the request body breaks off", async () => {
    const body = new Readable({ read() {} });
    const spooled = spoolPackage({ "content-type": "multipart/form-data; boundary=xyz" }, body, target(), 1000);
    body.push(Buffer.from('--xyz\r\nContent-Disposition: form-data; name="package"; filename="a.nupkg"\r\n\r\nsome'));
    body.destroy(new Error("aborted"));
    await expect(spooled).rejects.toMatchObject({ status: 400 });
  });
});
