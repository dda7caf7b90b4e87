/** A URL slug for a new consortium: its name in lower-case ASCII words, made unique by the application id. */
export function consortiumSlug(name: string, applicationId: number): string {
  const words = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${words.slice(0, 60).replace(/-$/, '') || 'consortium'}-${applicationId}`;
}
