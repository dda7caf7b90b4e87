import type { DemoData } from './demo-types.ts';
import type { Random } from './random.ts';
import { slugify } from './names.ts';

// Katapult's knowledge programme themes (PROGRAMME.md); the items themselves are illustrative.
const ITEMS = [
  { kind: 'publicatie', title: 'Ontwikkeling van een ecosysteem-pps: lessen uit het eerste jaar', on: '2024-06-12', lines: [1] },
  { kind: 'publicatie', title: 'Leercultuur in het mkb: zo krijgt leven lang ontwikkelen voet aan de grond', on: '2024-11-05', lines: [3] },
  { kind: 'goede_praktijk', title: 'Innovatie van de beroepspraktijk met studentenopdrachten bij installateurs', on: '2025-02-20', lines: [4, 2] },
  { kind: 'evenement', title: 'Landelijke kennisdag opschaling pps', on: '2025-10-09', lines: [1, 2, 3, 4, 5] },
  { kind: 'nieuws', title: 'Vijftien consortia halverwege: eerste resultaten van de impactmeting', on: '2025-09-15', lines: [1] },
  { kind: 'publicatie', title: 'Internationalisering van pps: verkenning van Europese partners', on: '2026-03-18', lines: [1] },
  { kind: 'goede_praktijk', title: 'Een contextrijke leeromgeving in een warmtenetlab', on: '2026-05-27', lines: [5] },
  { kind: 'evenement', title: 'Learning community digitale vaardigheden in de techniek', on: '2026-12-03', lines: [2, 4] },
] as const;

export function generateKnowledge(r: Random, data: DemoData): void {
  ITEMS.forEach((item, i) => {
    const id = i + 1;
    data.knowledgeItems.push({ id, programmeId: 1, slug: slugify(item.title), kind: item.kind, title: item.title,
      summary: 'Voorbeelddata: kennisitem uit het kennisprogramma.', url: null, publishedOn: item.on, isIllustrative: true });
    for (const actionLineId of item.lines) data.knowledgeActionLines.push({ itemId: id, actionLineId });
    for (const c of r.sample(data.consortia, r.int(1, 3))) {
      data.knowledgeConsortia.push({ itemId: id, consortiumId: c.id });
      for (const p of data.consortiumProvinces.filter((x) => x.consortiumId === c.id)) {
        if (!data.knowledgeProvinces.some((x) => x.itemId === id && x.provinceCode === p.provinceCode)) data.knowledgeProvinces.push({ itemId: id, provinceCode: p.provinceCode });
      }
      for (const s of data.consortiumSectors.filter((x) => x.consortiumId === c.id)) {
        if (!data.knowledgeSectors.some((x) => x.itemId === id && x.sectorCode === s.sectorCode)) data.knowledgeSectors.push({ itemId: id, sectorCode: s.sectorCode });
      }
    }
  });
}
