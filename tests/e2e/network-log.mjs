// Reads an strace log of network system calls and picks out what would reach
// a network: a connection or a datagram to an IPv4 or IPv6 address, or a
// socket bound to an address other than loopback. Unix sockets (the X
// server, D-Bus, WebKit's own processes talking to each other) and netlink
// (GLib asking the kernel whether there is a network) never leave the machine.
//
// One exception, and only on loopback: under WebDriver the app listens on a
// port for the test's driver (WebKit's automation inspector), and WebKit may
// connect to that port of its own. Nothing else on loopback is let through.

const INET = /sa_family=AF_INET6?\b/;
const LOOPBACK_PORT =
  /sin6?_port=htons\((\d+)\), (?:sin_addr=inet_addr\("127\.0\.0\.1"\)|sin6_flowinfo=[^,]+, inet_pton\(AF_INET6, "::1"\))/;
const SENDS = new Set(['connect', 'sendto', 'sendmsg', 'sendmmsg']);

const callOf = (line) => /^\d+\s+(\w+)\(/.exec(line)?.[1];

export function networkUse(log) {
  const lines = log.split('\n').filter((line) => INET.test(line));
  const inspectorPorts = new Set(
    lines
      .filter((line) => callOf(line) === 'bind')
      .map((line) => LOOPBACK_PORT.exec(line)?.[1])
      .filter(Boolean),
  );
  return lines.filter((line) => {
    const call = callOf(line);
    if (call === 'bind') return !LOOPBACK_PORT.test(line);
    if (!SENDS.has(call)) return false;
    const port = LOOPBACK_PORT.exec(line)?.[1];
    return !(port && inspectorPorts.has(port));
  });
}
