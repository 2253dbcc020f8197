export * from "./schema";
export * from "./context";
export * from "./errors";
export * from "./service";
export * from "./sigv4";
export { createSigV4Verifier, sigV4Guard, type SigningKey, type SigV4Verification, type SigV4VerifierOptions } from "./sigv4-verify";
export { verifiedCaller, type VerifiedCaller } from "./caller";
export { routePath } from "./route-path";
export { clientDisconnected, detachedBody } from "./http/body";
