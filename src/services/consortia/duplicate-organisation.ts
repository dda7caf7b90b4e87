import { Conflict } from '../../errors.ts';

/** Refusal to create an organisation that exists: carries the existing one so the form can link to it. */
export class DuplicateOrganisation extends Conflict {
  constructor(
    readonly field: 'kvkNumber' | 'brinCode' | 'name',
    readonly existing: { id: number; name: string },
  ) {
    const what = field === 'kvkNumber' ? 'dit KvK-nummer' : field === 'brinCode' ? 'deze BRIN-code' : 'deze naam';
    super(`Er bestaat al een organisatie met ${what}: ${existing.name}. Voeg die bestaande organisatie toe in plaats van een nieuwe te maken.`);
  }
}
