// Grants in the 360Giving Data Standard (https://standard.threesixtygiving.org/), package schema field names.
export type Grant = {
  reference: string; title: string; description: string; awardedAmount: number; decidedOn: string;
  recipient: { name: string; kvkNumber: string | null }; provinces: { code: string; name: string }[];
};

const PREFIX = '360G-ppsmonitor';

export function toThreeSixtyGiving(grants: Grant[], publishedOn: string) {
  return {
    grants: grants.map((g) => ({
      id: `${PREFIX}-${g.reference}`,
      title: g.title,
      description: g.description,
      currency: 'EUR',
      amountAwarded: g.awardedAmount,
      awardDate: g.decidedOn,
      recipientOrganization: [{ id: g.recipient.kvkNumber ? `NL-KVK-${g.recipient.kvkNumber}` : `${PREFIX}-org-${g.reference}`, name: g.recipient.name }],
      fundingOrganization: [{ id: `${PREFIX}-funder-nationaal-groeifonds`, name: 'Nationaal Groeifonds (Ministerie van Onderwijs, Cultuur en Wetenschap)' }],
      beneficiaryLocation: g.provinces.map((p) => ({ name: p.name, geoCode: p.code, geoCodeType: 'CBS' })),
      dataSource: 'https://www.nationaalgroeifonds.nl/',
    })),
    publisher: { name: 'PPS Monitor' },
    license: 'https://creativecommons.org/licenses/by/4.0/',
    publishedDate: publishedOn,
  };
}
