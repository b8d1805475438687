/**
 * Keeps credentials out of snapshots, logs and messages: every secret the scan
 * held is scrubbed from text that leaves it, and so is anything shaped like an
 * AWS access key id, a session token parameter or a signature.
 */
export class Redactor {
  private readonly secrets = new Set<string>();

  /** Registers values that must never be shown (keys, secrets, tokens). */
  remember(...values: Array<string | undefined>): void {
    for (const value of values) if (value && value.length >= 8) this.secrets.add(value);
  }

  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('[redacted]');
    return out
      .replace(/\b(AKIA|ASIA|AIDA|AROA)[A-Z0-9]{12,}\b/g, '$1[redacted]')
      .replace(/(X-Amz-Security-Token|X-Amz-Signature|Signature|SessionToken|aws_secret_access_key|aws_session_token)([=:]\s*)[^\s&"',]+/gi, '$1$2[redacted]');
  }
}
