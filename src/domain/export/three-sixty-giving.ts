// Grants in the 360Giving Data Standard (https://standard.threesixtygiving.org/), package schema field names.
export type Grant = {
  reference: string; title: string; description: string; awardedAmount: number; decidedOn: string;
  recipient: { name: string; kvkNumber: string | null; isIllustrative: boolean }; provinces: { code: string; name: string }[];
  isIllustrative: boolean;
};

const ILLUSTRATIVE = 'Voorbeelddata: ';

const PREFIX = '360G-ppsmonitor';

export function toThreeSixtyGiving(grants: Grant[], publishedOn: string) {
  return {
    grants: grants.map((g) => ({
      id: `${PREFIX}-${g.reference}`,
      title: g.title,
      // Illustrative grants say so in the text a reader sees, and in a field of their own (the schema allows extra fields).
      description: g.isIllustrative ? `${ILLUSTRATIVE}${g.description}` : g.description,
      voorbeelddata: g.isIllustrative,
      currency: 'EUR',
      amountAwarded: g.awardedAmount,
      awardDate: g.decidedOn,
      // An illustrative KvK number is no real organisation's: it gets our own identifier, never an NL-KVK one.
      recipientOrganization: [g.recipient.isIllustrative
        ? { id: `${PREFIX}-org-${g.reference}`, name: `${g.recipient.name} (voorbeelddata)`, voorbeelddata: true }
        : { id: g.recipient.kvkNumber ? `NL-KVK-${g.recipient.kvkNumber}` : `${PREFIX}-org-${g.reference}`, name: g.recipient.name, voorbeelddata: false }],
      fundingOrganization: [{ id: `${PREFIX}-funder-nationaal-groeifonds`, name: 'Nationaal Groeifonds (Ministerie van Onderwijs, Cultuur en Wetenschap)' }],
      beneficiaryLocation: g.provinces.map((p) => ({ name: p.name, geoCode: p.code, geoCodeType: 'CBS' })),
      dataSource: 'https://www.nationaalgroeifonds.nl/',
    })),
    publisher: { name: 'PPS Monitor' },
    license: 'https://creativecommons.org/licenses/by/4.0/',
    publishedDate: publishedOn,
  };
}
