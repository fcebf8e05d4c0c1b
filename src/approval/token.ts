/**
 * One-time approval tokens. A token ties the candidate's answer to one approval mail: it is in
 * the approval mail's subject (`[debrief:<token>]`) and in its Message-ID, so a genuine reply
 * carries it twice (subject and References/In-Reply-To); a forged one must guess 80 random bits.
 *
 * Alphabet: lower-case base32 (a–z, 2–7). Mail clients and servers sometimes change the case
 * of subjects or Message-IDs; a lower-case token survives that, and it is URL-safe.
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
export const TOKEN_LENGTH = 16;
export const TOKEN_PATTERN = /^[a-z2-7]{12,64}$/;

export function newToken(): string {
  const bytes = randomBytes(TOKEN_LENGTH);
  let out = '';
  for (const b of bytes) out += ALPHABET[b & 31];
  return out;
}

/** `[debrief:<token>]`, the subject tag. */
export function subjectTag(token: string): string {
  return `[debrief:${token}]`;
}

/** The tokens tagged in a subject (any case), lower-cased. */
export function tokensInSubject(subject: string): string[] {
  return [...subject.matchAll(/\[debrief:([a-z0-9]+)\]/gi)].map((m) => m[1]!.toLowerCase());
}

/**
 * The Message-ID of an approval mail (seq 0) or of a later mail about the same approval
 * (reminder, help: seq 1, 2, ...). All carry the token, so a reply to any of them is accepted.
 */
export function approvalMessageId(token: string, candidateAddress: string, seq = 0): string {
  const domain = candidateAddress.slice(candidateAddress.lastIndexOf('@') + 1).toLowerCase() || 'debrief.invalid';
  return `<debrief-approval.${token}${seq ? `.${seq}` : ''}@${domain}>`;
}

/** The token embedded in a debrief approval Message-ID, or null. */
export function tokenInMessageId(messageId: string): string | null {
  return /^<?debrief-approval\.([a-z0-9]+)(?:\.\d+)?@/i.exec(messageId.trim())?.[1]?.toLowerCase() ?? null;
}
