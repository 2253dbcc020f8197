export { createServer } from "./app";
export { defaultConfig, defaultQuotas, type Quotas, type ServerConfig, type SigningCredential } from "./config";
export { openServices, type Services } from "./services";
export { issueToken, verifyToken, type TokenClaims, type TokenVerification } from "./auth/token";
export { upstreamSearchOrder, type SearchedRepository } from "./control/upstream-graph";
