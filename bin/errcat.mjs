#!/usr/bin/env node
// errcat's command line. The sources are TypeScript run by Node's own type
// stripping, which needs Node 22.18 or later; `npm run` and `npx` use the
// Node 24 pinned in devDependencies.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`errcat needs Node 22.18 or later; this is Node ${process.versions.node}.\n  hint: run it through npm (npx errcat ..., npm run check), which uses the Node 24 installed by npm install.`);
  process.exit(2);
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
