// DCAT-AP-NL 3.0 description (JSON-LD) of the published datasets, their downloads and the API.
// Values from the EU and Dutch controlled vocabularies are IRIs; the context types them as @id so they stay IRIs in RDF.
export type Distribution = { path: string; title: string; format: string; mediaType: string };

const EU = 'http://publications.europa.eu/resource/authority';
const LICENCE = 'http://creativecommons.org/publicdomain/zero/1.0/deed.nl';
const THEME_EDUCATION = `${EU}/data-theme/EDUC`;
const THEME_OWMS = 'http://standaarden.overheid.nl/owms/terms/Onderwijs_en_wetenschap';
const iri = (id: string) => ({ '@id': id, '@type': '@id' });

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#', xsd: 'http://www.w3.org/2001/XMLSchema#',
  'dct:license': iri('http://purl.org/dc/terms/license'), 'dct:accessRights': iri('http://purl.org/dc/terms/accessRights'),
  'dct:conformsTo': iri('http://purl.org/dc/terms/conformsTo'), 'dct:language': iri('http://purl.org/dc/terms/language'),
  'dct:spatial': iri('http://purl.org/dc/terms/spatial'), 'dct:format': iri('http://purl.org/dc/terms/format'),
  'dcat:theme': iri('http://www.w3.org/ns/dcat#theme'), 'dcat:mediaType': iri('http://www.w3.org/ns/dcat#mediaType'),
  'dcat:accessURL': iri('http://www.w3.org/ns/dcat#accessURL'), 'dcat:downloadURL': iri('http://www.w3.org/ns/dcat#downloadURL'),
  'dcat:endpointURL': iri('http://www.w3.org/ns/dcat#endpointURL'), 'dcat:endpointDescription': iri('http://www.w3.org/ns/dcat#endpointDescription'),
  'dcat:servesDataset': iri('http://www.w3.org/ns/dcat#servesDataset'), 'dcat:landingPage': iri('http://www.w3.org/ns/dcat#landingPage'),
  'foaf:homepage': iri('http://xmlns.com/foaf/0.1/homepage'), 'vcard:hasURL': iri('http://www.w3.org/2006/vcard/ns#hasURL'),
  'dct:modified': { '@id': 'http://purl.org/dc/terms/modified', '@type': 'xsd:date' },
};

// The EU file-type vocabulary names formats by code; IANA names media types.
const FILE_TYPE: Record<string, string> = { JSON: 'JSON', ZIP: 'ZIP', CSV: 'CSV', JSONLD: 'JSON_LD' };

/** The catalogue; `baseUrl` is the site's public address, so every IRI is absolute. */
export function toDcatCatalog(baseUrl: string, distributions: Distribution[], modified: string) {
  const url = (path: string) => new URL(path, baseUrl).toString();
  const nl = (value: string) => ({ '@language': 'nl', '@value': value });
  const publisher = { '@id': url('/#programmabureau'), '@type': 'foaf:Agent', 'foaf:name': 'Programmabureau PPS Monitor', 'foaf:homepage': url('/') };
  const contactPoint = { '@type': 'vcard:Organization', 'vcard:fn': 'Programmabureau PPS Monitor', 'vcard:hasURL': url('/open-data') };
  const datasetId = url('/downloads/pps-monitor.json#dataset');
  return {
    '@context': CONTEXT,
    '@id': url('/downloads/dcat.jsonld'),
    '@type': 'dcat:Catalog',
    'dct:title': nl('PPS Monitor: open data van de regeling Opschaling pps in het beroepsonderwijs'),
    'dct:description': nl("Consortia, pps'en, organisaties, doelen, realisaties en begrotingen van de Nationaal Groeifonds-regeling, met een REST API."),
    'dct:publisher': publisher,
    'dct:creator': publisher,
    'dct:license': LICENCE,
    'dcat:theme': [THEME_EDUCATION, THEME_OWMS],
    'dct:language': `${EU}/language/NLD`,
    'dct:modified': modified,
    'foaf:homepage': url('/open-data'),
    'dcat:dataset': [{
      '@id': datasetId,
      '@type': 'dcat:Dataset',
      'dct:identifier': datasetId,
      'dct:title': nl("Consortia, pps'en, organisaties, doelen, realisaties en begrotingen"),
      'dct:description': nl('De openbare gegevens van de regeling; details per consortium, pps en organisatie zijn voorbeelddata.'),
      'dct:publisher': publisher,
      'dct:accessRights': `${EU}/access-right/PUBLIC`,
      'dct:license': LICENCE,
      'dct:modified': modified,
      'dct:spatial': 'http://standaarden.overheid.nl/owms/terms/Nederland',
      'dcat:theme': [THEME_EDUCATION, THEME_OWMS],
      'dcat:landingPage': url('/open-data'),
      'dcat:contactPoint': contactPoint,
      'dcat:distribution': distributions.map((d) => ({
        '@id': url(`${d.path}#distributie`), '@type': 'dcat:Distribution', 'dct:title': nl(d.title),
        'dcat:accessURL': url(d.path), 'dcat:downloadURL': url(d.path),
        'dct:format': `${EU}/file-type/${FILE_TYPE[d.format] ?? d.format}`, 'dcat:mediaType': `https://www.iana.org/assignments/media-types/${d.mediaType}`,
        'dct:license': LICENCE,
      })),
    }],
    'dcat:service': [{
      '@id': url('/api/v1'),
      '@type': 'dcat:DataService', 'dct:title': nl('PPS Monitor REST API v1'), 'dcat:endpointURL': url('/api/v1'),
      'dcat:endpointDescription': url('/api/v1/openapi.json'), 'dct:conformsTo': 'https://gitdocumentatie.logius.nl/publicatie/api/adr/',
      'dct:publisher': publisher, 'dct:accessRights': `${EU}/access-right/PUBLIC`, 'dct:license': LICENCE, 'dcat:contactPoint': contactPoint,
      'dcat:servesDataset': datasetId,
    }],
  };
}
