import { connect, createServer, type Server, type Socket } from "node:net";
import type { TDatabaseConfig } from "@lab/db/config";

export type TTcpProxy = {
  /** The local port; stays the same across stop() and start(). */
  port: number;
  /** Stops listening and cuts every open connection, as a database going down would. */
  stop(): Promise<void>;
  /** Listens again on the same port (nothing to do if it is listening). */
  start(): Promise<void>;
};

/** A TCP forwarder to `target`, standing in for a database server that can go away. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TTcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;

  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const next = createServer((client) => {
        const upstream = connect(target.port, target.host);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      next.once("error", reject);
      next.listen(port, "127.0.0.1", () => {
        server = next;
        const address = next.address();
        resolve(typeof address === "object" && address ? address.port : port);
      });
    });

  const proxy: TTcpProxy = {
    port: await listen(0),
    async stop() {
      const closing = server;
      server = undefined;
      if (!closing) return;
      const closed = new Promise<void>((resolve) => closing.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    async start() {
      if (!server) await listen(proxy.port);
    },
  };
  return proxy;
}

/** A proxy in front of a PostgreSQL test database, and the config that connects through it. */
export async function proxyPostgres(
  config: Extract<TDatabaseConfig, { kind: "postgres" }>,
): Promise<{ proxy: TTcpProxy; config: Extract<TDatabaseConfig, { kind: "postgres" }> }> {
  const proxy = await startTcpProxy({ host: config.host, port: config.port });
  const url = new URL(config.url);
  url.host = `127.0.0.1:${proxy.port}`;
  return {
    proxy,
    config: { ...config, url: url.toString(), host: "127.0.0.1", port: proxy.port },
  };
}
