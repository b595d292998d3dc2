/**
 * The administration screens' texts: imported (for this side effect) by those screens, so they
 * travel in their lazy chunks and never in the first load.
 */
import { addMessages } from './index';
import { adminEn } from './admin.en';
import { adminFr } from './admin.fr';

addMessages({ fr: adminFr, en: adminEn });
