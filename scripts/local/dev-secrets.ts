import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Secrets for local development, generated once per data folder so that
 * hashed keys and tokens stay valid across restarts. Never used in AWS,
 * where the stack generates them in Secrets Manager.
 */
export interface DevSecrets {
  pepper: string;
  webchatTokenSecret: string;
  whatsappAppSecret: string;
  whatsappVerifyToken: string;
  whatsappAccessToken: string;
  adviserSigningKey: string;
  /** Signs helpers' share links (LINK_SIGNING_SECRET). */
  linkSigningSecret: string;
}

export async function loadDevSecrets(dataDir: string): Promise<DevSecrets> {
  const file = join(dataDir, 'dev-secrets.json');
  const fresh = (): DevSecrets => ({
    pepper: randomBytes(32).toString('base64url'),
    webchatTokenSecret: randomBytes(32).toString('base64url'),
    whatsappAppSecret: randomBytes(24).toString('hex'),
    whatsappVerifyToken: randomBytes(12).toString('base64url'),
    whatsappAccessToken: `local-${randomBytes(16).toString('hex')}`,
    adviserSigningKey: randomBytes(32).toString('base64url'),
    linkSigningSecret: randomBytes(32).toString('base64url'),
  });
  try {
    return { ...fresh(), ...(JSON.parse(await readFile(file, 'utf8')) as Partial<DevSecrets>) };
  } catch {
    const secrets = fresh();
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    return secrets;
  }
}
