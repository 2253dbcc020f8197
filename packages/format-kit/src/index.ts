export { authenticateHeader, authorizeRequest, tokenFromHeader } from "./auth";
export { parseRepositoryAddress, type RepositoryAddress } from "./endpoint";
export { formatEndpoint, requestBody, type EndpointCall, type EndpointSpec } from "./endpoint-plugin";
export { EndpointRefusal, refusalOf } from "./refusal";
export { RenderedCache, type RenderedDocument } from "./rendered-cache";
export { directoryUrl, UpstreamFetcher } from "./upstream-fetch";
export { PublicRegistry, type RegistryConfig } from "./public-registry";
export { sendAsset } from "./send-asset";
export { openStoredZip, readZipEntry } from "./stored-zip";
