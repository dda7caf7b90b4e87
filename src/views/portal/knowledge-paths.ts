// Portal addresses of the knowledge pages (mounted under /portaal/kennis).
const BASE = '/portaal/kennis';
export const knowledgePortalPaths = {
  list: BASE,
  create: `${BASE}/nieuw`,
  item: (id: number) => `${BASE}/${id}`,
  registrations: (id: number) => `${BASE}/${id}/aanmeldingen`,
  registrationsFile: (id: number, ext: 'csv' | 'xlsx') => `${BASE}/${id}/aanmeldingen.${ext}`,
  erase: `${BASE}/bewaartermijn`,
  visits: `${BASE}/bezoek`,
  propose: `${BASE}/voorstel`,
};
