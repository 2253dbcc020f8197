#!/usr/bin/env node
// Runs the bundled server in this process (signals reach it directly), rebuilding the bundle
// first when a source file changed since it was built.
import { pathToFileURL } from "node:url";
import { build, bundle, isStale } from "../build.mjs";

if (isStale()) await build();
await import(pathToFileURL(bundle).href);
