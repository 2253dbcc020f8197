export { npmEndpointPlugin } from "./plugin";
export { npmFormat } from "./format";
