import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The console is served by the server under /console/; every asset is bundled into dist/ so the page
// makes no request to any other host.
export default defineConfig({
  base: "/console/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1024,
    reportCompressedSize: false,
  },
});
