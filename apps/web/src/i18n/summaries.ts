/**
 * The texts of the briefs (officials' dashboard, territory brief) and of the public results
 * page: imported (for this side effect) by those screens, so they travel in their lazy chunks.
 */
import { addMessages } from './index';
import { summariesEn } from './summaries.en';
import { summariesFr } from './summaries.fr';

addMessages({ fr: summariesFr, en: summariesEn });
