import { openStore, type Store } from "@codeartifact-local/store";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ValidationException } from "./errors";
import { paginate } from "../src/pagination";

let store: Store;
const partition = { account: "111122223333", region: "us-west-2" };
const signing = { secret: Buffer.alloc(32, 3), scope: "ListDomains|111122223333" };
const list = (request: Parameters<Store["domains"]["list"]>[1]) => store.domains.list(partition, request);

beforeEach(async () => {
  store = await openStore({ inMemory: true });
  for (const name of ["d1", "d2", "d3", "d4", "d5"]) await store.domains.create({ ...partition, name, arn: `arn:test:${name}` });
});
afterEach(() => store.close());

async function failure(promise: Promise<unknown>) {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("signed pagination tokens", () => {
  it("walk a listing page by page", async () => {
    const names: string[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const page = await paginate(list, { maxResults: 2, nextToken }, signing);
      names.push(...page.items.map((d) => d.name));
      nextToken = page.nextToken;
      pages++;
    } while (nextToken);
    expect(names).toEqual(["d1", "d2", "d3", "d4", "d5"]);
    expect(pages).toBe(3);
  });

  it("refuse forged, edited and foreign tokens", async () => {
    const { nextToken } = await paginate(list, { maxResults: 2 }, signing);
    expect(nextToken).toBeDefined();
    const [cursor, signature] = nextToken!.split(".");
    const forged = [
      "garbage",
      Buffer.from(JSON.stringify({ k: "domains", v: ["d3"] })).toString("base64url"),
      `${Buffer.from(JSON.stringify({ k: "domains", v: ["d3"] })).toString("base64url")}.${signature}`,
      `${cursor}.AAAAAAAAAAAAAAAAAAAAAA`,
    ];
    for (const token of forged) {
      expect(await failure(paginate(list, { nextToken: token }, signing)), token).toBeInstanceOf(ValidationException);
    }
    const other = { ...signing, scope: "ListDomains|444455556666" };
    expect(await failure(paginate(list, { nextToken }, other))).toBeInstanceOf(ValidationException);
  });

  it("still rejects cursors of another listing when unsigned", async () => {
    expect(await failure(paginate(list, { nextToken: "not-a-cursor" }))).toBeInstanceOf(ValidationException);
  });
});
