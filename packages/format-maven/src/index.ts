export { mavenEndpointPlugin } from "./plugin";
export { mavenFormat, type MavenFormat } from "./format";
