import { Conflict } from '../../errors.ts';

/** Refusal to create an organisation that exists: carries the existing one so the form can link to it. */
export class DuplicateOrganisation extends Conflict {
  constructor(
    readonly field: 'kvkNumber' | 'brinCode' | 'name',
    readonly existing: { id: number; name: string },
  ) {
    super('organisationExists', { field, name: existing.name });
  }
}
