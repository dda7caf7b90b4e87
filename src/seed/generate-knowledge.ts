import type { DemoData } from './demo-types.ts';
import { SEED_ITEMS } from './knowledge-items.ts';
import { PROGRAMME_FACTS } from './programme-facts.ts';
import type { Random } from './random.ts';
import { slugify } from './names.ts';

/** Knowledge items tagged with action lines and one to three consortia (their provinces, sectors and a pps each); the programme's facts. */
export function generateKnowledge(r: Random, data: DemoData): void {
  SEED_ITEMS.forEach((item, i) => {
    const id = i + 1;
    data.knowledgeItems.push({
      id, programmeId: 1, slug: slugify(item.title), kind: item.kind, status: 'gepubliceerd', title: item.title, summary: item.summary, body: item.body,
      sourceTags: item.sources, url: null, publishedOn: item.on, isIllustrative: !item.isPublic,
      startsAt: item.event ? new Date(item.event.starts) : null, endsAt: item.event ? new Date(item.event.ends) : null,
      location: item.event?.location ?? null, onlineUrl: item.event?.online ?? null, capacity: item.event?.capacity ?? null,
      results: item.results ?? '', contact: item.contact ?? '',
    });
    for (const actionLineId of item.lines) data.knowledgeActionLines.push({ itemId: id, actionLineId });
    // The published news is about the whole programme; only illustrative items belong to consortia.
    if (item.isPublic) return;
    for (const c of r.sample(data.consortia, r.int(1, 3))) {
      data.knowledgeConsortia.push({ itemId: id, consortiumId: c.id });
      const ownPps = data.pps.find((p) => p.consortiumId === c.id);
      if (ownPps) data.knowledgePps.push({ itemId: id, ppsId: ownPps.id });
      for (const p of data.consortiumProvinces.filter((x) => x.consortiumId === c.id)) {
        if (!data.knowledgeProvinces.some((x) => x.itemId === id && x.provinceCode === p.provinceCode)) data.knowledgeProvinces.push({ itemId: id, provinceCode: p.provinceCode });
      }
      for (const s of data.consortiumSectors.filter((x) => x.consortiumId === c.id)) {
        if (!data.knowledgeSectors.some((x) => x.itemId === id && x.sectorCode === s.sectorCode)) data.knowledgeSectors.push({ itemId: id, sectorCode: s.sectorCode });
      }
    }
  });
  PROGRAMME_FACTS.forEach((f, i) => data.programmeFacts.push({ id: i + 1, programmeId: 1, position: i + 1, ...f }));
}
