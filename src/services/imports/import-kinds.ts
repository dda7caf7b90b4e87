import type { ImportType } from '../../domain/import/import-types.ts';
import { commitBudgetLineImport, previewBudgetLineImport } from './import-budget-lines.ts';
import { commitIndicatorValueImport, previewIndicatorValueImport } from './import-indicator-values.ts';
import { commitOrganisationImport, previewOrganisationImport } from './import-organisations.ts';
import { commitPartnerImport, previewPartnerImport } from './import-partners.ts';
import { commitPpsImport, previewPpsImport } from './import-pps.ts';
import type { ImportUseCases } from './define-import.ts';

// One table of import use-cases for the portal and the CLI, so both offer the same types.
export const IMPORTS: Record<ImportType, ImportUseCases> = {
  organisaties: { preview: previewOrganisationImport, commit: commitOrganisationImport },
  partners: { preview: previewPartnerImport, commit: commitPartnerImport },
  pps: { preview: previewPpsImport, commit: commitPpsImport },
  begrotingen: { preview: previewBudgetLineImport, commit: commitBudgetLineImport },
  indicatorwaarden: { preview: previewIndicatorValueImport, commit: commitIndicatorValueImport },
};
