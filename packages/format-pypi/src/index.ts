export { pypiEndpointPlugin } from "./plugin";
export { pypiFormat, type PypiFormat } from "./format";
