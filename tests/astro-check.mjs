// `astro check` for the .astro files: the language server of @astrojs/check,
// run on TypeScript 6 (installed as typescript-api). TypeScript 7, which runs
// tsc here, has no JavaScript API, so within this process `typescript`
// resolves to typescript-api. Exit 1 on an error or a warning.
import { registerHooks } from 'node:module';

registerHooks({
  resolve: (specifier, context, next) => next(/^typescript(\/|$)/.test(specifier) ? specifier.replace(/^typescript/, 'typescript-api') : specifier, context),
});
const { AstroCheck } = await import('@astrojs/language-server');
const checker = new AstroCheck(process.cwd(), undefined, undefined);
const result = await checker.lint({ logErrors: { level: 'warning' } });
console.info(`astro check: ${result.fileChecked} files, ${result.errors} errors, ${result.warnings} warnings`);
process.exitCode = result.errors || result.warnings ? 1 : 0;
