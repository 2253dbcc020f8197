export { createServer, type ServerOptions } from "./app";
export { defaultConfig, defaultQuotas, type Quotas, type ServerConfig, type SigningCredential } from "./config";
export { openServices, type ServerServices } from "./services";
export { issueToken, verifyToken, type TokenClaims, type TokenVerification } from "@codeartifact-local/package-service";
export { upstreamSearchOrder, type SearchedRepository } from "@codeartifact-local/package-service";
