/**
 * The one translation of a ServerConfig into imapflow options, so that the watcher, the Sent
 * folder and `doctor` connect the same way (TLS, auth, no imapflow logging of its own).
 */
import type { ImapFlowOptions } from 'imapflow';
import type { ServerConfig } from '../config.ts';

export function imapOptions(server: ServerConfig, extra: Partial<ImapFlowOptions> = {}): ImapFlowOptions {
  return {
    host: server.host,
    port: server.port,
    secure: server.secure,
    auth: { user: server.user, pass: server.pass },
    tls: { rejectUnauthorized: server.tlsRejectUnauthorized },
    logger: false,
    ...extra,
  };
}
