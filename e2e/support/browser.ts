import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's Chromium (installed by .ci/run); this machine has no network to download another. */
export const chromiumPath = "/usr/bin/chromium";

/**
 * Headless Chromium with a fresh profile under `dir`, with nothing that reaches out on its own
 * (updates, sync, background networking).
 */
export function launchChromium(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(join(dir, "chromium-profile"), {
    executablePath: chromiumPath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
    timeout: 60_000,
  });
}
