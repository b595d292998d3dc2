import { dictionary } from '@zxcvbn-ts/language-common';

/** Passwords common in France that the international list (49,000 entries) may miss. */
const FRENCH_COMMON = [
  'motdepasse', 'motdepasse1', 'motdepasse123', 'azerty', 'azertyuiop', 'azerty123', 'azerty1234',
  'soleil', 'soleil123', 'bonjour', 'bonjour123', 'doudou', 'chouchou', 'loulou', 'marseille',
  'marseille13', 'allezlom', 'jetaime', 'jetaime1', 'coucou', 'coucou123', 'chocolat', 'nicolas',
  'camille', 'julien', 'participons', 'participons1', 'participons123', 'france', 'france123',
  'paris75', 'parisien', 'doudou123', 'princesse', 'vacances', 'toulouse', 'bordeaux',
];

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  [...dictionary['passwords-common'], ...FRENCH_COMMON].map((p) => p.toLowerCase()),
);
