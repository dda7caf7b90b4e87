import { describe, expect, it } from 'vitest';
import { leadPartnerRefusal } from './lead-partner.ts';

describe('leadPartnerRefusal', () => {
  const lead = { role: 'penvoerder', until: null };
  it('refuses ending the penvoerder or giving it another role', () => {
    expect(leadPartnerRefusal('ROC A', lead, { role: 'penvoerder', until: '2026-01-01' })).toBe('ROC A is penvoerder van deze pps en kan niet worden verwijderd.');
    expect(leadPartnerRefusal('ROC A', lead, { role: 'partner', until: null })).not.toBeNull();
  });
  it('lets other partners and an unchanged penvoerder pass', () => {
    expect(leadPartnerRefusal('ROC A', lead, lead)).toBeNull();
    expect(leadPartnerRefusal('B.V.', { role: 'partner', until: null }, { role: 'partner', until: '2026-01-01' })).toBeNull();
  });
});
