import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, hasAccount, loadConfig, redactConfig } from '../src/config.ts';

const SECRET = 'hunter2-s3cr3t';

/** The least a working configuration needs. */
const MINIMAL = {
  IMAP_HOST: 'imap.example.com',
  IMAP_USER: 'jane@example.com',
  IMAP_PASS: SECRET,
  SMTP_HOST: 'smtp.example.com',
  SMTP_USER: 'jane@example.com',
  SMTP_PASS: SECRET,
  CANDIDATE_NAME: 'Jane Doe',
  TIMEZONE: 'Europe/Berlin',
};

const load = (extra: Record<string, string | undefined> = {}) => loadConfig({ ...MINIMAL, ...extra }, null);

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('fills defaults', () => {
    const c = load();
    expect(c.imap).toEqual({ host: 'imap.example.com', port: 993, secure: true, user: 'jane@example.com', pass: SECRET, tlsRejectUnauthorized: true });
    expect(c.smtp).toMatchObject({ host: 'smtp.example.com', port: 465, secure: true, tlsRejectUnauthorized: true });
    expect(c).toMatchObject({
      candidateName: 'Jane Doe',
      candidateEmail: 'jane@example.com', // from IMAP_USER when CANDIDATE_EMAIL is not set
      candidateAliases: [],
      dataDir: './data',
      followUpDelays: [{ unit: 'bd', amount: 5 }, { unit: 'bd', amount: 7 }],
      maxFollowUps: 2,
      timezone: 'Europe/Berlin',
      sendWindow: { start: 9 * 60, end: 17 * 60 },
      dryRun: false,
      maxSendsPerDay: 20,
      minGapPerRecipientMs: 24 * 3_600_000,
      approveEachFollowUp: false,
      pursueStages: ['interview', 'unknown'],
      autoApprove: false,
      approvalTimeout: { unit: 'bd', amount: 5 },
      saveSentCopy: 'auto',
      lookbackDays: 30,
      templatesDir: null,
      logLevel: 'info',
    });
    expect(Object.isFrozen(c) && Object.isFrozen(c.imap) && Object.isFrozen(c.followUpDelays)).toBe(true);
  });

  it('picks the plain ports when SECURE is false', () => {
    const c = load({ IMAP_SECURE: 'false', SMTP_SECURE: 'no' });
    expect([c.imap.port, c.imap.secure, c.smtp.port, c.smtp.secure]).toEqual([143, false, 587, false]);
  });

  it('parses durations, windows and lists', () => {
    const c = load({
      FOLLOW_UP_DELAYS: '90s, 10m,2h,3d,5bd',
      MIN_GAP_PER_RECIPIENT: '0',
      APPROVAL_TIMEOUT: '2h',
      SEND_WINDOW: 'always',
      PURSUE_STAGES: 'Application, interview',
      CANDIDATE_ALIASES: 'Jane@Other.test, ',
    });
    expect(c.followUpDelays).toEqual([
      { unit: 'ms', amount: 90_000 },
      { unit: 'ms', amount: 600_000 },
      { unit: 'ms', amount: 7_200_000 },
      { unit: 'ms', amount: 3 * 86_400_000 },
      { unit: 'bd', amount: 5 },
    ]);
    expect(c.minGapPerRecipientMs).toBe(0);
    expect(c.approvalTimeout).toEqual({ unit: 'ms', amount: 7_200_000 });
    expect(c.sendWindow).toBeNull();
    expect(c.pursueStages).toEqual(['application', 'interview']);
    expect(c.candidateAliases).toEqual(['jane@other.test']);
    expect(load({ SEND_WINDOW: '08:30-18:00' }).sendWindow).toEqual({ start: 510, end: 1080 });
  });

  // Each bad value: one ConfigError line that names the key and gives an example which is itself valid.
  const invalid: [string, string][] = [
    ['IMAP_PORT', 'abc'],
    ['IMAP_PORT', '70000'],
    ['SMTP_PORT', '0'],
    ['IMAP_SECURE', 'maybe'],
    ['SMTP_TLS_REJECT_UNAUTHORIZED', 'sometimes'],
    ['CANDIDATE_EMAIL', 'not-an-email'],
    ['FOLLOW_UP_DELAYS', 'soon'],
    ['FOLLOW_UP_DELAYS', ','],
    ['MAX_FOLLOW_UPS', '-1'],
    ['TIMEZONE', 'Mars/Olympus_Mons'],
    ['SEND_WINDOW', '9-5'],
    ['SEND_WINDOW', '17:00-09:00'],
    ['DRY_RUN', 'perhaps'],
    ['MAX_SENDS_PER_DAY', '0'],
    ['MIN_GAP_PER_RECIPIENT', '2bd'],
    ['APPROVE_EACH_FOLLOW_UP', 'x'],
    ['PURSUE_STAGES', 'final'],
    ['AUTO_APPROVE', 'x'],
    ['APPROVAL_TIMEOUT', 'later'],
    ['SAVE_SENT_COPY', 'sometimes'],
    ['LOOKBACK_DAYS', '1.5'],
    ['LOG_LEVEL', 'loud'],
  ];
  it.each(invalid)('%s=%s → one line naming the key, with a valid example', (key, value) => {
    const err = configError(() => load({ [key]: value }));
    expect(err.key).toBe(key);
    expect(err.code).toBe('ECONFIG');
    expect(err.message).not.toContain('\n');
    expect(err.message.startsWith(`${key} is invalid`)).toBe(true);
    expect(err.message).toContain(`(got "${value}")`);
    expect(err.message).not.toContain(SECRET);
    const example = new RegExp(`e\\.g\\. ${key}=(\\S+)$`).exec(err.message)?.[1];
    expect(example, err.message).toBeDefined();
    expect(() => load({ [key]: example })).not.toThrow();
  });

  it.each(['IMAP_HOST', 'IMAP_USER', 'IMAP_PASS', 'SMTP_HOST', 'SMTP_PASS', 'CANDIDATE_NAME'])('%s missing → one line saying so', (key) => {
    const err = configError(() => load({ [key]: undefined }));
    expect(err.key).toBe(key);
    expect(err.message).toMatch(new RegExp(`^${key} is missing: set it, e\\.g\\. ${key}=.+$`));
  });

  it('needs CANDIDATE_EMAIL when IMAP_USER is not an address', () => {
    expect(configError(() => load({ IMAP_USER: 'jane' })).key).toBe('CANDIDATE_EMAIL');
    expect(load({ IMAP_USER: 'jane', CANDIDATE_EMAIL: 'Jane@Example.com' }).candidateEmail).toBe('jane@example.com');
  });

  it('never echoes a password', () => {
    const err = configError(() => load({ IMAP_PASS: '   ' }));
    expect(err.key).toBe('IMAP_PASS');
    expect(err.message).not.toContain('got');
    expect(JSON.stringify(redactConfig(load()))).not.toContain(SECRET);
  });

  describe('.env file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-config-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('is read, with quotes, export and comments; the environment wins', () => {
      const file = join(dir, '.env');
      writeFileSync(
        file,
        [
          '# a comment',
          'IMAP_HOST=imap.file.test',
          'export IMAP_USER=file@example.com',
          `IMAP_PASS='${SECRET} with spaces'`,
          'SMTP_HOST="smtp.file.test"',
          'SMTP_USER=file@example.com',
          `SMTP_PASS=${SECRET}`,
          'CANDIDATE_NAME=File Person   # trailing comment',
          'MAX_FOLLOW_UPS=3',
          'TIMEZONE=UTC',
          '',
        ].join('\n'),
      );
      const c = loadConfig({ MAX_FOLLOW_UPS: '1' }, file);
      expect(c.imap).toMatchObject({ host: 'imap.file.test', user: 'file@example.com', pass: `${SECRET} with spaces` });
      expect(c.smtp.host).toBe('smtp.file.test');
      expect(c.candidateName).toBe('File Person');
      expect(c.maxFollowUps).toBe(1);
    });

    it('may be absent', () => {
      expect(() => loadConfig(MINIMAL, join(dir, 'nope.env'))).not.toThrow();
    });
  });

  it('hasAccount: IMAP_HOST or IMAP_USER set', () => {
    expect(hasAccount({})).toBe(false);
    expect(hasAccount({ IMAP_HOST: '' })).toBe(false);
    expect(hasAccount({ IMAP_USER: 'jane@example.com' })).toBe(true);
  });

  describe('.env.example', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const source = readFileSync(new URL('../src/config.ts', import.meta.url), 'utf8');

    it('documents every key config.ts reads', () => {
      const keys = new Set<string>();
      for (const m of source.matchAll(/(?:get\('|merged\.)([A-Z][A-Z0-9_]+)/g)) keys.add(m[1]!);
      for (const m of source.matchAll(/`\$\{prefix\}_([A-Z_]+)`/g)) for (const p of ['IMAP', 'SMTP']) keys.add(`${p}_${m[1]}`);
      expect(keys.size).toBeGreaterThan(25);
      const documented = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!));
      expect([...keys].filter((k) => !documented.has(k))).toEqual([]);
    });

    it('loads as it is, and the defaults it shows are the real defaults', () => {
      const dir = mkdtempSync(join(tmpdir(), 'debrief-example-'));
      try {
        const file = join(dir, '.env');
        writeFileSync(file, example);
        const env = { TIMEZONE: 'UTC' };
        const plain = loadConfig(env, file);
        for (const m of example.matchAll(/^#\s*([A-Z][A-Z0-9_]+)=(\S+)/gm)) {
          expect(loadConfig({ ...env, [m[1]!]: m[2]! }, file), `${m[1]}=${m[2]}`).toEqual(plain);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
