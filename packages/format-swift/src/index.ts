export { swiftEndpointPlugin } from "./plugin";
export { swiftFormat, compareSwiftVersions } from "./format";
