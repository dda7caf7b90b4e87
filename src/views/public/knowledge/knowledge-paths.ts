// Public addresses of the knowledge bank (without locale prefix; wrap in localePath).
export const knowledgePaths = {
  search: '/kennisbank',
  item: (slug: string) => `/kennisbank/${slug}`,
  itemCalendar: (slug: string) => `/kennisbank/${slug}/agenda.ics`,
  register: (slug: string) => `/aanmelden/${slug}`,
  cancel: (token: string) => `/afmelden/${token}`,
  atom: '/kennisbank/feed.atom',
  calendar: '/evenementen.ics',
};
