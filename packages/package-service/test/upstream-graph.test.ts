import { openStore, type Store } from "@codeartifact-local/store";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { externalConnectionsInSearchOrder, upstreamSearchOrder } from "../src/upstream-graph";

let store: Store;
let domainId: number;
const ids = new Map<string, number>();

async function repos(...names: string[]) {
  for (const name of names) {
    const repo = await store.repositories.create({ domainId, name, arn: `arn:test:${name}`, administratorAccount: "111122223333" });
    ids.set(name, repo.id);
  }
}
const link = (name: string, ...upstreams: string[]) => store.upstreams.set(ids.get(name)!, upstreams);
const order = async (name: string, limit = 25) => (await upstreamSearchOrder(store, ids.get(name)!, limit)).map((r) => r.name);

beforeEach(async () => {
  store = await openStore({ inMemory: true });
  ids.clear();
  domainId = (await store.domains.create({ account: "111122223333", region: "us-west-2", name: "d", arn: "arn:test:d" })).id;
});
afterEach(() => store.close());

describe("upstream search order", () => {
  it("is depth-first pre-order in listed order (the user guide's example)", async () => {
    await repos("my_repo", "A", "B", "C", "D", "E");
    await link("my_repo", "A", "B");
    await link("A", "C", "D");
    await link("D", "E");
    expect(await order("my_repo")).toEqual(["my_repo", "A", "C", "D", "E", "B"]);
  });

  it("searches a repository reachable twice once, at its first position", async () => {
    await repos("top", "left", "right", "shared");
    await link("top", "left", "right");
    await link("left", "shared");
    await link("right", "shared");
    expect(await order("top")).toEqual(["top", "left", "shared", "right"]);
  });

  it("never loops on cycles, self-references included", async () => {
    await repos("a", "b", "c");
    await link("a", "b");
    await link("b", "c", "b");
    await link("c", "a");
    expect(await order("a")).toEqual(["a", "b", "c"]);
    expect(await order("c")).toEqual(["c", "a", "b"]);
  });

  it("stops at the repository limit, counting the requested repository", async () => {
    const names = Array.from({ length: 30 }, (_, i) => `r${String(i).padStart(2, "0")}`);
    await repos(...names);
    for (let i = 0; i < names.length - 1; i++) await link(names[i], names[i + 1]);
    const searched = await upstreamSearchOrder(store, ids.get("r00")!, 25);
    expect(searched).toHaveLength(25);
    expect(searched.at(-1)).toMatchObject({ name: "r24", depth: 24 });
  });

  it("reports external connections, to be tried after the whole internal graph", async () => {
    await repos("app", "team", "npm-store");
    await link("app", "team", "npm-store");
    await store.externalConnections.add(ids.get("npm-store")!, { name: "public:npmjs", packageFormat: "npm" });
    const searched = await upstreamSearchOrder(store, ids.get("app")!, 25);
    expect(searched.map((r) => [r.name, r.externalConnection?.name])).toEqual([
      ["app", undefined],
      ["team", undefined],
      ["npm-store", "public:npmjs"],
    ]);
    expect(externalConnectionsInSearchOrder(searched).map((e) => [e.repository.name, e.connection.name])).toEqual([["npm-store", "public:npmjs"]]);
  });
});
