// Tests talk to loopback only: any other address is a bug in the test.
import net from "node:net";

const loopback = /^(?:127\.|::1$|localhost$|::ffff:127\.)/;
const connect = net.Socket.prototype.connect;

net.Socket.prototype.connect = function guardedConnect(
  this: net.Socket,
  ...args: unknown[]
) {
  const first = args[0];
  const options =
    typeof first === "object" && first !== null
      ? (first as net.NetConnectOpts)
      : undefined;
  const host =
    options && "host" in options
      ? options.host
      : typeof args[1] === "string"
        ? args[1]
        : undefined;
  const isPath = options
    ? "path" in options && Boolean((options as { path?: string }).path)
    : typeof first === "string" && Number.isNaN(Number(first));
  if (!isPath && host && !loopback.test(host)) {
    throw new Error(
      `Unexpected network connection to ${host}, expected loopback only in tests`,
    );
  }
  return connect.apply(this, args as never);
} as typeof net.Socket.prototype.connect;
