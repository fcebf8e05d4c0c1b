/**
 * The one translation of a ServerConfig into client options, so that every IMAP client (watcher,
 * Sent folder, doctor) and every SMTP transport (sender, doctor) connects the same way: TLS, auth,
 * certificate checks, and no client logging of its own.
 */
import type { ImapFlowOptions } from 'imapflow';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';
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

export function smtpOptions(server: ServerConfig, extra: Partial<SMTPTransport.Options> = {}): SMTPTransport.Options {
  return {
    host: server.host,
    port: server.port,
    secure: server.secure,
    auth: { user: server.user, pass: server.pass },
    tls: { rejectUnauthorized: server.tlsRejectUnauthorized },
    ...extra,
  };
}

/** A pooled transport's options (one connection kept open: later mails go out in milliseconds). */
export function smtpPoolOptions(server: ServerConfig, extra: Partial<SMTPPool.Options> = {}): SMTPPool.Options {
  return { ...smtpOptions(server), pool: true, maxConnections: 1, ...extra } as SMTPPool.Options;
}
