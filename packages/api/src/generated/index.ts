// GENERATED FILE - DO NOT EDIT.
// Written by @codeartifact-local/codegen from the Smithy model:
//   codeartifact-2018-09-22.json (sha256 ddaa1ab37a6433f825060f8495fe901900c3646b0fbdceeef48b738712896ee9)
// Service com.amazonaws.codeartifact#CodeArtifactControlPlaneService, version 2018-09-22.
// Change the generator or the model instead and regenerate (`pnpm codegen`); `pnpm codegen:check` detects drift.

export * from "./schema";
export * from "./types";
export * from "./errors";
export * from "./validators";
export * from "./handlers";
export * from "./routes";
