export { createHandlers } from "./handlers";
export { repositoryEndpointUrl, tokenLifetimeSeconds } from "./handlers/auth";
export { toModeledError } from "./errors";
export type { ApiServices } from "./services";
