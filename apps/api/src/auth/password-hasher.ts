import { Injectable } from '@nestjs/common';
import { hash, verify, Algorithm } from '@node-rs/argon2';

/** argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). */
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

@Injectable()
export class PasswordHasher {
  /** Verified when the email is unknown, so both failures take the same time. */
  private readonly decoy = hash('participons-decoy-password', OPTIONS);

  hash(password: string): Promise<string> {
    return hash(password.normalize('NFC'), OPTIONS);
  }

  async verify(hashed: string | null | undefined, password: string): Promise<boolean> {
    if (!hashed) {
      await verify(await this.decoy, password.normalize('NFC'));
      return false;
    }
    return verify(hashed, password.normalize('NFC'));
  }
}
