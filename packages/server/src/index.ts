export { createServer } from "./app";
export { defaultConfig, defaultQuotas, type Quotas, type ServerConfig } from "./config";
export { openServices, type Services } from "./services";
