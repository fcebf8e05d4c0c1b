import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDoctor, runDoctor, type CheckResult } from '../src/doctor.ts';
import { doctorCommand } from '../src/commands/doctor.ts';
import type { Config, ServerConfig } from '../src/config.ts';
import { startMailLab, labServers, type MailLab } from './lab/lab.ts';
import { freePort } from './lab/dovecot.ts';

type DoctorConfig = Pick<Config, 'imap' | 'smtp' | 'dataDir'>;

describe('debrief doctor against the mail lab', () => {
  let lab: MailLab;
  let tmp: string;
  let base: DoctorConfig;

  beforeAll(async () => {
    lab = await startMailLab();
    tmp = mkdtempSync(join(tmpdir(), 'debrief-doctor-'));
    base = { ...labServers(lab), dataDir: join(tmp, 'data') };
  });
  afterAll(async () => {
    await lab?.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  const withImap = (imap: Partial<ServerConfig>): DoctorConfig => ({ ...base, imap: { ...base.imap, ...imap } });
  const byName = (results: CheckResult[]) => Object.fromEntries(results.map((r) => [r.name, r]));

  it('passes every check on plain IMAP with STARTTLS and on IMAPS', async () => {
    for (const config of [base, withImap({ port: lab.imapsPort, secure: true })]) {
      const results = await runDoctor({ config });
      expect(results.map((r) => [r.name, r.ok])).toEqual([
        ['IMAP login', true],
        ['IMAP IDLE', true],
        ['Sent folder', true],
        ['SMTP auth', true],
        ['Data folder', true],
      ]);
    }
    const r = byName(await runDoctor({ config: base }));
    expect(r['IMAP login']!.detail).toBe(`candidate@example.test at 127.0.0.1:${lab.imapPort} (STARTTLS)`);
    expect(r['Sent folder']!.detail).toBe('"Sent" (special-use \\Sent)');
  });

  it('a wrong password fails IMAP and SMTP with the app-password hint, and never shows the password', async () => {
    const wrong = 'not-the-password-42';
    const config: DoctorConfig = { ...base, imap: { ...base.imap, pass: wrong }, smtp: { ...base.smtp, pass: wrong } };
    const results = await runDoctor({ config });
    const r = byName(results);
    expect(r['IMAP login']).toMatchObject({ ok: false, hint: expect.stringMatching(/IMAP_USER\/IMAP_PASS.*Gmail needs an app password or OAuth2/) });
    expect(r['SMTP auth']).toMatchObject({ ok: false, hint: expect.stringMatching(/SMTP_USER\/SMTP_PASS.*app password/) });
    expect(r['IMAP IDLE']).toMatchObject({ ok: false, detail: 'not checked: needs the IMAP login' });
    expect(r['Data folder']!.ok).toBe(true);
    expect(formatDoctor(results)).not.toContain(wrong);
  });

  it('a closed port fails fast with a host/port hint', async () => {
    const closed = await freePort();
    const config: DoctorConfig = { ...base, imap: { ...base.imap, port: closed }, smtp: { ...base.smtp, port: closed } };
    const started = Date.now();
    const r = byName(await runDoctor({ config }));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r['IMAP login']!.hint).toBe(`nothing accepts connections at 127.0.0.1:${closed}: check IMAP_HOST and IMAP_PORT`);
    expect(r['SMTP auth']!.hint).toBe(`nothing accepts connections at 127.0.0.1:${closed}: check SMTP_HOST and SMTP_PORT`);
  });

  it('an untrusted certificate fails with the TLS hint', async () => {
    for (const imap of [{ port: lab.imapsPort, secure: true, tlsRejectUnauthorized: true }, { tlsRejectUnauthorized: true }]) {
      const r = byName(await runDoctor({ config: withImap(imap) }));
      expect(r['IMAP login']).toMatchObject({ ok: false, hint: expect.stringContaining('set IMAP_TLS_REJECT_UNAUTHORIZED=false only for a server you trust') });
    }
  });

  it('TLS on a plain port is explained', async () => {
    const r = byName(await runDoctor({ config: withImap({ secure: true }) }));
    expect(r['IMAP login']!.hint).toMatch(/IMAP_SECURE=true with port 993/);
  });

  it('an unwritable data folder fails with a hint', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    for (const dataDir of [file, join(file, 'data')]) {
      const r = byName(await runDoctor({ config: { ...base, dataDir } }));
      expect(r['Data folder']).toMatchObject({ ok: false, hint: 'DEBRIEF_DATA must name a folder, not a file' });
    }
  });

  it('the command checks a lab when no account is configured, and exits 1 on a bad config', async () => {
    let out = '';
    let err = '';
    const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t), envFile: null };
    const code = await doctorCommand({ ...io, env: { DEBRIEF_DATA: join(tmp, 'cmd-data'), TIMEZONE: 'UTC' } });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^No account configured .*local mail lab/);
    expect(out).toContain('All 5 checks passed.');

    out = '';
    const bad = await doctorCommand({ ...io, env: { IMAP_HOST: 'imap.example.com', IMAP_PORT: 'abc', TIMEZONE: 'UTC' } });
    expect(bad).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('debrief: IMAP_PORT is invalid (got "abc"): invalid input: expected number, received nan; e.g. IMAP_PORT=993\n');
  });
});

describe('formatDoctor', () => {
  it('prints one aligned line per check, the hint indented, and a summary', () => {
    expect(
      formatDoctor([
        { name: 'IMAP login', ok: true, detail: 'jane at imap.example.com:993 (TLS)' },
        { name: 'SMTP auth', ok: false, detail: 'refused', hint: 'check SMTP_PASS' },
      ]),
    ).toBe(
      'PASS  IMAP login  jane at imap.example.com:993 (TLS)\n' +
        'FAIL  SMTP auth   refused\n' +
        '      hint: check SMTP_PASS\n' +
        '1 of 2 checks failed.\n',
    );
  });
});
