/** Path of the bundled server, dist/main.js. */
export const bundle: string;
/** True when the bundle is missing or older than one of its inputs or the lockfile. */
export function isStale(): boolean;
/** Bundles src/main.ts and the workspace packages it imports into dist/main.js. */
export function build(): Promise<void>;
