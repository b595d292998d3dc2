/**
 * The moderation console's texts: imported (for this side effect) by the moderation screens,
 * so they travel in those lazy chunks and never in the first load.
 */
import { addMessages } from './index';
import { moderationEn } from './moderation.en';
import { moderationFr } from './moderation.fr';

addMessages({ fr: moderationFr, en: moderationEn });
