import { createRequire } from 'node:module';
import type { FastifyRateLimitStore } from '@fastify/rate-limit';

type CountCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;
interface InnerStore {
  incr(key: string, cb: CountCallback, timeWindow: number, max: number): void;
  read(key: string, cb: CountCallback, timeWindow: number, max: number): void;
}
type InnerStoreCtor = new (continueExceeding?: boolean, exponentialBackoff?: boolean, cache?: number) => InnerStore;

// The library's own in-memory store: not exported from the package root, and CommonJS.
const LocalStore = createRequire(import.meta.url)('@fastify/rate-limit/store/LocalStore.js') as InnerStoreCtor;

/** What the plugin passes in: its global parameters, or those merged with a route's. */
type StoreOptions = { continueExceeding?: boolean; exponentialBackoff?: boolean; cache?: number };

/**
 * Works around a bug in @fastify/rate-limit 11.2.0 (the latest release): its LocalStore hands the
 * plugin the LIVE counter object from its cache, and the plugin reads `current` from it only
 * after an `await`. Requests whose counts land in the same tick (concurrent app.inject, HTTP/1.1
 * pipelining) therefore all read the final count, so 3 requests against a limit of 2 were all
 * refused. Counting is unchanged; each request gets a copy of the counter as it was at its own
 * increment. Remove this (and the `store` option in app.ts) once the library copies it itself.
 */
export class SnapshotLocalStore implements FastifyRateLimitStore {
  private readonly inner: InnerStore;

  // `object`: the library's types call these options FastifyRateLimitOptions and RouteOptions.
  constructor(options: object) {
    const { continueExceeding, exponentialBackoff, cache } = options as StoreOptions;
    this.inner = new LocalStore(continueExceeding, exponentialBackoff, cache);
  }

  incr(key: string, cb: CountCallback, timeWindow: number, max: number): void {
    this.inner.incr(key, snapshot(cb), timeWindow, max);
  }

  read(key: string, cb: CountCallback, timeWindow: number, max: number): void {
    this.inner.read(key, snapshot(cb), timeWindow, max);
  }

  /** One store per rate-limited route, as the library's own store does. */
  child(routeOptions: object): SnapshotLocalStore {
    return new SnapshotLocalStore(routeOptions);
  }
}

function snapshot(cb: CountCallback): CountCallback {
  return (error, result) => cb(error, result && { current: result.current, ttl: result.ttl });
}
