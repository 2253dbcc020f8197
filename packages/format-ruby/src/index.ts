export { rubyEndpointPlugin } from "./plugin";
export { rubyFormat, type RubyFormat } from "./format";
