export { cargoEndpointPlugin } from "./plugin";
export { cargoFormat, type CargoFormat } from "./format";
