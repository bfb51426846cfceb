// The bare Astro floor for the benchmark: the same routes as errcat's main
// pages (/{locale}/, /{locale}/{provider}/, /{locale}/{provider}/{code}/ and
// /), a minimal template, the same catalog read with the `yaml` package, and
// the same build settings (directory format, trailing slash, concurrency 2).
// Build: BARE_CATALOG=<dir> BARE_OUT=<dir> node node_modules/astro/bin/astro.mjs build --root bench/bare
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://errors.example.com',
  outDir: process.env.BARE_OUT ?? '../out/bare-dist',
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 2 },
  devToolbar: { enabled: false },
});
