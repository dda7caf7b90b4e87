// Load helpers: autocannon in this process against a server on a free port, and one-client timings.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { serve } from '@hono/node-server';

export type LoadResult = { rps: number; p50: number; p99: number; errors: number };

export async function load(url: string, headers: Record<string, string>, seconds: number, connections = 16): Promise<LoadResult> {
  const result = await autocannon({ url, headers, duration: seconds, connections });
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result['4xx'] + result['5xx'] };
}

/** p50 of sequential requests from one client (fetch, body read), in ms. */
export async function oneClient(url: string, headers: Record<string, string>, count: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await (await fetch(url, { headers })).arrayBuffer();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
}

export type Listening = { base: string; close: () => Promise<void>; idle: () => Promise<void> };

/**
 * Serves the app on a free port. `idle()` waits until no request is being answered: a load's clients stop after its
 * seconds, but on PGlite the answers they left behind keep the one database busy and would slow the next cell.
 */
export async function listen(fetchHandler: (req: Request, env?: never) => Response | Promise<Response>): Promise<Listening> {
  let active = 0;
  // The node bindings (env) go on to the app, which reads the client's address from them.
  const counted = async (req: Request, env: unknown) => {
    active++;
    try {
      return await fetchHandler(req, env as never);
    } finally {
      active--;
    }
  };
  const idle = async () => {
    while (active > 0) await new Promise((r) => setTimeout(r, 50));
  };
  return new Promise((resolve) => {
    const server = serve({ fetch: counted, port: 0, hostname: '127.0.0.1' }, (info) => {
      resolve({ base: `http://127.0.0.1:${info.port}`, idle, close: () => new Promise((done) => (server as Server).close(() => done())) });
    });
  });
}

/** The baseline: a plain node:http server that sends the same bytes with the same headers, nothing else. */
export async function staticServer(body: Buffer, headers: Record<string, string>): Promise<{ base: string; close: () => Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { ...headers, 'Content-Length': body.byteLength });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}
