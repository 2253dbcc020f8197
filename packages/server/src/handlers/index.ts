import type { CodeArtifactControlPlaneServiceHandlers } from "../generated";

/** The hand-written operation implementations, one module per resource. */
export function createHandlers(): CodeArtifactControlPlaneServiceHandlers {
  return {};
}
