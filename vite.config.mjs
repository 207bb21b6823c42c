// Vite builds the local preview: the same React components and PnPjs data code as the web
// parts, without SPFx. Fluent UI 8 + React 17 need no React plugin: esbuild's classic JSX.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/** SPFx's loc files are AMD (define([], function () { return {...}; })): serve them as ES modules. */
function amdLocFiles() {
  return {
    name: 'salkku-amd-loc',
    transform(code, id) {
      if (!/[\\/]src[\\/]loc[\\/][a-z]{2}-[a-z]{2}\.js$/.test(id)) {
        return undefined;
      }
      return { code: `let __loc;\nconst define = (deps, factory) => { __loc = factory(); };\n${code}\nexport default __loc;\n`, map: null };
    }
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./preview', import.meta.url)),
  base: './',
  plugins: [amdLocFiles()],
  esbuild: { jsx: 'transform', jsxFactory: 'React.createElement', jsxFragment: 'React.Fragment' },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./preview-dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: true,
    // bench/profile.ts reads function names: SALKKU_PREVIEW_MINIFY=0
    minify: process.env.SALKKU_PREVIEW_MINIFY !== '0',
    rollupOptions: {
      onwarn(warning, warn) {
        // Fluent's packages mark modules "use client" (a React Server Components hint): irrelevant here
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') {
          return;
        }
        warn(warning);
      }
    }
  }
});
