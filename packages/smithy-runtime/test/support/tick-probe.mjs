// Run by tick-maps.test.ts as `node --allow-natives-syntax --expose-gc --import tsx tick-probe.mjs keep|none`:
// fills nextTick's caches, lets a full GC run with no tick queued, queues more ticks and prints
// V8's view of nextTick (its feedback slots) to stdout.
const { keepTickEntryClasses } = await import("../../src/http/tick-maps.ts");
const drain = () => new Promise((resolve) => setImmediate(resolve));
for (let i = 0; i < 200; i++) process.nextTick(() => {});
await drain();
if (process.argv[2] === "keep") keepTickEntryClasses();
globalThis.gc();
globalThis.gc();
for (let i = 0; i < 200; i++) process.nextTick(() => {});
await drain();
%DebugPrint(process.nextTick);
