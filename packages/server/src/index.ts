export { createServer } from "./app";
export { defaultConfig, type ServerConfig } from "./config";
