import type * as NodeHttp from 'node:http';

/**
 * node:http taken from the running Node rather than imported as an ES module: an ES import of it
 * evaluates every lazy export the module has (undici's fetch, WebSocket, EventSource), about a
 * tenth of `serve`'s start, for classes the server never uses.
 */
export const http: typeof NodeHttp = process.getBuiltinModule('node:http');
