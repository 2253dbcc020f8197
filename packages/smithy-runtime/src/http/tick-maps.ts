import { createHook } from "node:async_hooks";

let kept: object | undefined;

/**
 * Keeps one `process.nextTick` queue entry alive for the life of the process.
 *
 * Why: on Node 20 (V8 11.3) the property-definition caches in `nextTick` record the hidden
 * classes of its queue entries weakly and turn megamorphic, for good, when they see a different
 * one. Registering many Fastify routes calls `nextTick` often enough during startup for those
 * caches to be filled early; a later full GC at a moment when no entry is queued frees the
 * recorded classes, the next entry gets fresh ones, and from then on every `nextTick` (several
 * per HTTP request) takes V8's slow runtime path: about 5% of a small request's CPU here.
 * One live entry keeps its classes, so the caches stay monomorphic. Call it as early as possible.
 */
export function keepTickEntryClasses(): void {
  if (kept) return;
  const hook = createHook({
    init: (_id, type, _trigger, resource) => {
      if (type === "TickObject") kept ??= resource;
    },
  });
  hook.enable();
  process.nextTick(() => {});
  hook.disable();
}
