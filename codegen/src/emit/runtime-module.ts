/** The module generated code imports the runtime from. */
export const RUNTIME_MODULE = "@codeartifact-local/smithy-runtime";
