import net from 'node:net';

export interface FaultyProxy {
  port: number;
  url: string;
  /** Connections accepted so far. */
  connections(): number;
  /** The raw requests forwarded, in order (headers and body as text). */
  requests(): string[];
  close(): Promise<void>;
}

/**
 * A TCP proxy on 127.0.0.1 in front of a server on `targetPort`. It rewrites Host to the target's
 * (as a tunnel to a loopback-only server does) and, for the first `dropResponses` connections,
 * forwards the request whole but cuts the connection as soon as the answer starts to come back:
 * the server has carried the request out, and the client never hears of it.
 */
export async function startFaultyProxy(targetPort: number, dropResponses: number): Promise<FaultyProxy> {
  let accepted = 0;
  const forwarded: string[] = [];
  const sockets = new Set<net.Socket>();
  let proxyPort = 0;
  const server = net.createServer((client) => {
    const index = ++accepted;
    const drop = index <= dropResponses;
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    const forget = () => {
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('data', (chunk: Buffer) => {
      const text = chunk
        .toString('latin1')
        .replace(
          new RegExp(`\\r\\nHost: 127\\.0\\.0\\.1:${proxyPort}\\r\\n`, 'i'),
          `\r\nHost: 127.0.0.1:${targetPort}\r\n`,
        );
      forwarded.push(text);
      upstream.write(Buffer.from(text, 'latin1'));
    });
    upstream.on('data', (chunk: Buffer) => {
      if (drop) {
        client.destroy();
        upstream.destroy();
        return;
      }
      client.write(chunk);
    });
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', forget);
    upstream.on('close', forget);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxyPort = (server.address() as net.AddressInfo).port;
  return {
    port: proxyPort,
    url: `http://127.0.0.1:${proxyPort}/`,
    connections: () => accepted,
    requests: () => [...forwarded],
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
