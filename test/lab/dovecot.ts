/**
 * One isolated Dovecot (IMAP, IMAPS, LMTP) in a folder of its own, on loopback ports.
 * Facts this code relies on are in /work/shared/mail-lab.md (measured on Debian 12, Dovecot 2.3).
 *
 * Invariants:
 * - Dovecot runs in its own process group (spawned detached); stopping signals the whole group,
 *   because SIGTERM to the master alone leaves orphaned imap processes that keep clients idling.
 * - Every live group and lab folder is listed in `leftovers`; a process 'exit' handler kills and
 *   removes whatever a crashed test run did not stop, so no run leaves Dovecot behind.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync, chownSync } from 'node:fs';
import { appendFile, mkdir, writeFile, chmod, readFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export const INSTALL_HINT = 'apt-get install -y dovecot-imapd dovecot-lmtpd';

/** Debian's `mail` user and group: Dovecot refuses to store mail as root. */
const MAIL_UID = 8;
const MAIL_GID = 8;
/** Dovecot exits with this code when a port is taken. */
const EXIT_PORT_IN_USE = 89;

// ---- leftovers: killed/removed on process exit -------------------------------------------

const liveGroups = new Set<number>();
const liveDirs = new Set<string>();
let exitHandlerInstalled = false;

function installExitHandler(): void {
  if (exitHandlerInstalled) return;
  exitHandlerInstalled = true;
  // 'exit' handlers must be synchronous: SIGKILL the groups, remove the folders.
  process.on('exit', () => {
    for (const pgid of liveGroups) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
  });
}

/** Registers a lab folder to be removed on process exit if the lab is never stopped. */
export function trackDir(dir: string): void {
  installExitHandler();
  liveDirs.add(dir);
}

export function untrackDir(dir: string): void {
  liveDirs.delete(dir);
}

// ---- binaries and small helpers ----------------------------------------------------------

/** Finds the dovecot binary (often in /usr/sbin, which a non-root PATH lacks), or throws how to install it. */
export function findDovecot(
  dirs: string[] = [...(process.env.PATH ?? '').split(':').filter(Boolean), '/usr/sbin', '/usr/local/sbin'],
): { dovecot: string; doveadm: string } {
  const find = (name: string) => dirs.map((d) => join(d, name)).find((p) => existsSync(p));
  const dovecot = find('dovecot');
  if (!dovecot) {
    throw new Error(
      `The mail lab needs Dovecot, which is not installed. Install it with: ${INSTALL_HINT} ` +
        `(on Debian/Ubuntu, as root; run apt-get update first on a fresh machine).`,
    );
  }
  return { dovecot, doveadm: find('doveadm') ?? 'doveadm' };
}

/** A free loopback port: listen on 0, read it, close. (A tiny race remains; start() retries on code 89.) */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A self-signed EC certificate for CN=localhost (EC takes ~10 ms; RSA ~0.5 s). Cached per process. */
let certCache: Promise<{ cert: string; key: string }> | null = null;
async function selfSignedCert(dir: string): Promise<{ cert: string; key: string }> {
  certCache ??= (async () => {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    await execFileAsync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-days', '3650', '-subj', '/CN=localhost', '-keyout', keyPath, '-out', certPath,
    ]).catch((err: NodeJS.ErrnoException) => {
      certCache = null;
      throw err.code === 'ENOENT' ? new Error('The mail lab needs openssl: apt-get install -y openssl') : err;
    });
    return { cert: await readFile(certPath, 'utf8'), key: await readFile(keyPath, 'utf8') };
  })();
  return certCache;
}

/** Waits until `port` sends a line starting with `prefix` (the service is really serving then). */
async function waitForGreeting(port: number, prefix: string, deadline: number, exited: () => boolean): Promise<void> {
  for (;;) {
    if (exited()) throw new Error('dovecot exited while starting');
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port });
      let buffer = '';
      const done = (value: boolean) => {
        socket.destroy();
        resolve(value);
      };
      socket.setTimeout(1000, () => done(false));
      socket.on('error', () => done(false));
      socket.on('data', (chunk) => {
        buffer += chunk.toString('latin1');
        if (buffer.includes('\n')) done(buffer.startsWith(prefix));
      });
      socket.on('close', () => done(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`dovecot did not greet on port ${port} in time`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

// ---- the instance --------------------------------------------------------------------------

export interface DovecotPorts {
  imapPort: number;
  imapsPort: number;
  lmtpPort: number;
}

export interface Dovecot extends DovecotPorts {
  conf: string;
  doveadm: string;
  /** Writes the passwd-file line for a user (Dovecot re-reads the file when it changes). */
  addUser(address: string, password: string): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  readonly running: boolean;
  /** The master's pid, which is also the process group id; null when stopped. */
  readonly pid: number | null;
}

function passwdLine(address: string, password: string): string {
  if (/[:\n]/.test(address) || /\n/.test(password)) throw new Error(`lab user ${address}: ':' and newlines are not allowed`);
  return `${address.toLowerCase()}:{PLAIN}${password}\n`;
}

function dovecotConf(dir: string, ports: DovecotPorts): string {
  return `# Generated by the debrief mail lab; see /work/shared/mail-lab.md.
instance_name = debrief-lab-${ports.imapPort}
base_dir = ${dir}/run
state_dir = ${dir}/state
protocols = imap lmtp
listen = 127.0.0.1
log_path = ${dir}/log/dovecot.log
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%Lu ${dir}/passwd
}
userdb {
  driver = static
  args = uid=mail gid=mail home=${dir}/mail/%Ld/%Ln
}
first_valid_uid = ${MAIL_UID}
first_valid_gid = ${MAIL_GID}
mail_location = maildir:~/Maildir
mail_fsync = never
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
}
ssl = yes
ssl_cert = <${dir}/cert.pem
ssl_key = <${dir}/key.pem
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${ports.imapPort}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${ports.imapsPort}
    ssl = yes
  }
}
# No auth penalty: after a failed login (a wrong-password test) Dovecot would delay the next
# logins from 127.0.0.1 by 2-15 s. Mode 0 removes the penalty socket, which disables it.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = ${ports.lmtpPort}
  }
}
protocol imap {
  mail_max_userip_connections = 50
}
protocol lmtp {
  postmaster_address = postmaster@example.test
}
`;
}

/**
 * Prepares the folder (config, passwd-file, cert, mail/ owned by `mail`) and starts Dovecot on
 * fresh free ports; on a port race (exit 89) it picks new ports and tries again.
 */
export async function createDovecot(dir: string, users: Record<string, string>): Promise<Dovecot> {
  const bins = findDovecot();
  installExitHandler();
  await chmod(dir, 0o755); // mkdtemp makes 0700; Dovecot's unprivileged processes must traverse it.
  await Promise.all(['run', 'state', 'log', 'mail'].map((d) => mkdir(join(dir, d), { recursive: true })));
  chownSync(join(dir, 'mail'), MAIL_UID, MAIL_GID);
  const { cert, key } = await selfSignedCert(dir);
  await writeFile(join(dir, 'cert.pem'), cert);
  await writeFile(join(dir, 'key.pem'), key, { mode: 0o600 });
  await writeFile(join(dir, 'passwd'), Object.entries(users).map(([a, p]) => passwdLine(a, p)).join(''), { mode: 0o644 });
  const conf = join(dir, 'dovecot.conf');

  let ports: DovecotPorts = { imapPort: 0, imapsPort: 0, lmtpPort: 0 };
  let child: ChildProcess | null = null;
  let exitPromise: Promise<number | null> = Promise.resolve(null);

  const start = async (): Promise<void> => {
    if (child) return;
    const proc = spawn(bins.dovecot, ['-F', '-c', conf], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr?.on('data', (c) => (stderr += c.toString()));
    let exitCode: number | null | undefined;
    exitPromise = new Promise((resolve) => {
      proc.once('exit', (code) => {
        exitCode = code;
        if (proc.pid) liveGroups.delete(proc.pid);
        resolve(code);
      });
      proc.once('error', (err) => {
        exitCode = -1;
        stderr += String(err);
        resolve(-1);
      });
    });
    if (proc.pid) liveGroups.add(proc.pid);
    child = proc;
    const deadline = Date.now() + 5000;
    try {
      await Promise.all([
        waitForGreeting(ports.imapPort, '* OK', deadline, () => exitCode !== undefined),
        waitForGreeting(ports.lmtpPort, '220 ', deadline, () => exitCode !== undefined),
      ]);
    } catch (err) {
      await stopChild();
      const e = new Error(`dovecot did not start (exit ${exitCode}): ${stderr.trim() || (err as Error).message}`) as Error & { exitCode?: number | null };
      e.exitCode = exitCode;
      throw e;
    }
  };

  /** SIGTERM to the whole group, wait for the master, then for the group to be empty (SIGKILL after 3 s). */
  const stopChild = async (): Promise<void> => {
    const proc = child;
    child = null;
    if (!proc?.pid) return;
    const pgid = proc.pid;
    const signal = (sig: NodeJS.Signals | 0) => {
      try {
        process.kill(-pgid, sig);
        return true;
      } catch {
        return false; // ESRCH: the group is gone
      }
    };
    signal('SIGTERM');
    const killer = setTimeout(() => signal('SIGKILL'), 3000);
    await exitPromise;
    // Children may outlive the master by a moment; the group is gone when kill(…, 0) fails.
    const deadline = Date.now() + 3000;
    while (signal(0)) {
      if (Date.now() > deadline) signal('SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    clearTimeout(killer);
    liveGroups.delete(pgid);
  };

  for (let attempt = 1; ; attempt++) {
    const [imapPort, imapsPort, lmtpPort] = [await freePort(), await freePort(), await freePort()];
    ports = { imapPort, imapsPort, lmtpPort };
    await writeFile(conf, dovecotConf(dir, ports));
    try {
      await start();
      break;
    } catch (err) {
      const code = (err as { exitCode?: number | null }).exitCode;
      if (code !== EXIT_PORT_IN_USE || attempt >= 4) throw err;
    }
  }

  return {
    ...ports,
    conf,
    doveadm: bins.doveadm,
    addUser: (address, password) => appendFile(join(dir, 'passwd'), passwdLine(address, password)),
    start,
    stop: stopChild,
    get running() {
      return child !== null;
    },
    get pid() {
      return child?.pid ?? null;
    },
  };
}

/** Runs doveadm against a lab's Dovecot, e.g. to force a UIDVALIDITY change. */
export async function doveadm(d: Pick<Dovecot, 'doveadm' | 'conf'>, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync(d.doveadm, ['-c', d.conf, ...args]);
  return stdout;
}

/** Synchronous check used by tests: does any process of a group still exist? */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}
