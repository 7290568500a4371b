declare const __APP_VERSION__: string | undefined;

/** Injected by the bundler from package.json; tests run unbundled and see the fallback. */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';
