import type { CodeArtifactControlPlaneServiceHandlers } from "../generated";
import type { Services } from "../services";

/**
 * The hand-written operation implementations, one module per resource; each module exports a
 * function `(services) => Pick<Handlers, its operations>` and is spread in here.
 */
export function createHandlers(services: Services): CodeArtifactControlPlaneServiceHandlers {
  void services;
  return {};
}
