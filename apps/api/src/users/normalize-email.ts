export function normalizeEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}
