export * from "./schema";
export * from "./context";
export * from "./errors";
export * from "./service";
export * from "./sigv4";
export { detachedBody } from "./http/body";
