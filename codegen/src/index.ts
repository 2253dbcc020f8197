export { loadModel, type LoadOptions, type LoadedService } from "./model/load";
export { parseModelJson } from "./model/json";
export { renderService } from "./emit/render";
export type { ModelSource } from "./emit/context";
export { checkGenerated, generate, hasDrift, renderFromFiles, type DriftReport, type FileDrift, type GenerateOptions, type GenerateResult } from "./generate";
