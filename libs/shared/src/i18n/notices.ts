import type { Language } from './translate';

/** Plain explanations shown to the author of a contribution that others cannot see yet. */
export const NOTICE_CODES = ['PENDING_REVIEW', 'HIDDEN_BY_MODERATION', 'WITHDRAWN'] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

export const notices: Record<Language, Record<NoticeCode, string>> = {
  fr: {
    PENDING_REVIEW: 'Un modérateur va relire votre texte. Ensuite, tout le monde pourra le lire. Pour l’instant, vous seul le voyez.',
    HIDDEN_BY_MODERATION: 'Votre texte est masqué. Les autres personnes ne le voient plus. Vous pouvez faire appel une fois. Un autre modérateur décidera.',
    WITHDRAWN: 'Vous avez retiré cette proposition. Elle reste visible, mais on ne peut plus voter.',
  },
  en: {
    PENDING_REVIEW: 'A moderator will read your text. Then everyone can read it. For now, only you can see it.',
    HIDDEN_BY_MODERATION: 'Your text is hidden. Other people no longer see it. You can appeal once. Another moderator will decide.',
    WITHDRAWN: 'You withdrew this proposal. It stays visible, but nobody can vote any more.',
  },
};
