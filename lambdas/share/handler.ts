import organisations from '../../content/sources/organisations.json';
import { shareContent } from './content';
import { createShareHandler } from './app';

/** Lambda entry for `/s/*`: share pages (counted), QR codes, flyers and link signing. */
export const handler = await createShareHandler(process.env, shareContent, organisations);
