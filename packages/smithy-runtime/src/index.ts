export * from "./schema";
export * from "./context";
export * from "./errors";
export * from "./service";
export * from "./sigv4";
export { clientDisconnected, detachedBody } from "./http/body";
