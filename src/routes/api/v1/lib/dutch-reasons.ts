import { zodErrorMap } from '../../../../errors.ts';

/** Plain Dutch reasons for invalid parameters: Zod's issue kinds as catalogue codes (errors.ts issueReason), in Dutch. */
export const dutchReason = zodErrorMap('nl');
