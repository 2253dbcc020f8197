export { nugetEndpointPlugin } from "./plugin";
export { nugetFormat, type NugetFormat } from "./format";
