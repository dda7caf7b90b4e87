import { and, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { memberships, municipalities, organisations } from '../../db/schema/index.ts';
import { Conflict, NotFound } from '../../errors.ts';
import type { Tx } from '../../db/client.ts';
import { requireActor, requireConsortiumScope } from '../authorize.ts';
import type { Actor, ServiceContext } from '../context.ts';
import { recordAudit } from '../record-audit.ts';
import { DuplicateOrganisation } from './duplicate-organisation.ts';
import { getPpsConsortiumId } from './get-pps-for-edit.ts';
import { NewOrganisationInput } from './new-organisation-input.ts';
import { parseInput } from '../parse-input.ts';

export type AddPartnerInput = { ppsId: number; today?: string } & ({ organisationId: number } | { organisation: z.input<typeof NewOrganisationInput> });

/** The existing organisation with the same KvK number, BRIN code, or (without identifiers) the same name. */
async function findDuplicate(tx: Tx, o: NewOrganisationInput): Promise<DuplicateOrganisation | null> {
  const first = async (where: ReturnType<typeof eq>) => (await tx.select({ id: organisations.id, name: organisations.name }).from(organisations).where(where).limit(1))[0];
  const byKvk = o.kvkNumber ? await first(eq(organisations.kvkNumber, o.kvkNumber)) : undefined;
  if (byKvk) return new DuplicateOrganisation('kvkNumber', byKvk);
  const byBrin = o.brinCode ? await first(eq(organisations.brinCode, o.brinCode)) : undefined;
  if (byBrin) return new DuplicateOrganisation('brinCode', byBrin);
  const byName = !o.kvkNumber && !o.brinCode ? await first(sql`lower(${organisations.name}) = lower(${o.name})`) : undefined;
  return byName ? new DuplicateOrganisation('name', byName) : null;
}

async function createOrganisation(tx: Tx, actor: Actor, o: NewOrganisationInput): Promise<{ id: number; name: string }> {
  const duplicate = await findDuplicate(tx, o);
  if (duplicate) throw duplicate;
  const [m] = o.municipalityCode ? await tx.select({ provinceCode: municipalities.provinceCode }).from(municipalities).where(eq(municipalities.code, o.municipalityCode)) : [];
  const [row] = await tx
    .insert(organisations)
    .values({ ...o, municipalityCode: m ? o.municipalityCode : null, provinceCode: m?.provinceCode ?? null, isIllustrative: false })
    .returning({ id: organisations.id, name: organisations.name });
  await recordAudit(tx, actor, { action: 'organisation.create', entity: 'organisations', entityId: row!.id, after: o });
  return row!;
}

/** Adds an existing organisation, or a new one when no duplicate exists, as partner of the pps from today. */
export async function addPartner(ctx: ServiceContext, input: AddPartnerInput): Promise<{ membershipId: number; organisationId: number }> {
  requireActor(ctx);
  const actor = requireConsortiumScope(ctx, await getPpsConsortiumId(ctx, input.ppsId));
  const since = input.today ?? new Date().toISOString().slice(0, 10);
  return ctx.db.transaction(async (tx) => {
    let org: { id: number; name: string } | undefined;
    if ('organisationId' in input) {
      [org] = await tx.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, input.organisationId));
      if (!org) throw new NotFound('organisationNotFound');
    } else org = await createOrganisation(tx, actor, parseInput(NewOrganisationInput, input.organisation, 'organisationNotCreated'));
    const [current] = await tx.select({ id: memberships.id }).from(memberships)
      .where(and(eq(memberships.ppsId, input.ppsId), eq(memberships.organisationId, org.id), isNull(memberships.until)));
    if (current) throw new Conflict('alreadyPartner', { name: org.name });
    // Ended today and added again today: reopen that membership instead of a second one with the same start.
    const [row] = await tx
      .insert(memberships)
      .values({ ppsId: input.ppsId, organisationId: org.id, role: 'partner', since })
      .onConflictDoUpdate({ target: [memberships.ppsId, memberships.organisationId, memberships.since], set: { until: null, version: sql`${memberships.version} + 1` } })
      .returning({ id: memberships.id });
    await recordAudit(tx, actor, { action: 'membership.create', entity: 'memberships', entityId: row!.id, after: { ppsId: input.ppsId, organisationId: org.id, role: 'partner', since } });
    return { membershipId: row!.id, organisationId: org.id };
  });
}
