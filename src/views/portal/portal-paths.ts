// Paths of the portal pages of consortia, reports and the office (mounted under /portaal).
const BASE = '/portaal';

export const paths = {
  consortium: (id: number) => `${BASE}/consortia/${id}`,
  profile: (id: number) => `${BASE}/consortia/${id}/profiel`,
  ppsList: (id: number) => `${BASE}/consortia/${id}/pps`,
  ppsNew: (id: number) => `${BASE}/consortia/${id}/pps/nieuw`,
  pps: (ppsId: number) => `${BASE}/pps/${ppsId}`,
  partners: (ppsId: number) => `${BASE}/pps/${ppsId}/partners`,
  partnersNew: (ppsId: number) => `${BASE}/pps/${ppsId}/partners/nieuw`,
  partnerRemove: (ppsId: number, membershipId: number) => `${BASE}/pps/${ppsId}/partners/${membershipId}/verwijderen`,
  budget: (id: number) => `${BASE}/consortia/${id}/begroting`,
  targets: (id: number) => `${BASE}/consortia/${id}/doelen`,
  reports: (id: number) => `${BASE}/consortia/${id}/rapportages`,
  report: (reportId: number) => `${BASE}/rapportages/${reportId}`,
  reportComment: (reportId: number) => `${BASE}/rapportages/${reportId}/opmerkingen`,
  officeReports: (year?: number) => `${BASE}/bureau/rapportages${year ? `?periode=${year}` : ''}`,
  officeReview: (reportId: number) => `${BASE}/bureau/rapportages/${reportId}`,
  officeApprove: (reportId: number) => `${BASE}/bureau/rapportages/${reportId}/goedkeuren`,
  officeReturn: (reportId: number) => `${BASE}/bureau/rapportages/${reportId}/terugsturen`,
  officeComment: (reportId: number) => `${BASE}/bureau/rapportages/${reportId}/opmerkingen`,
  progress: () => `${BASE}/bureau/voortgang`,
};
