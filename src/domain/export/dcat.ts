// DCAT-AP-NL description (JSON-LD) of the published datasets, their downloads and the API.
export type Distribution = { path: string; title: string; format: string; mediaType: string };

export function toDcatCatalog(baseUrl: string, distributions: Distribution[], modified: string) {
  const url = (path: string) => new URL(path, baseUrl).toString();
  return {
    '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/', vcard: 'http://www.w3.org/2006/vcard/ns#' },
    '@id': url('/downloads/dcat.jsonld'),
    '@type': 'dcat:Catalog',
    'dct:title': { '@language': 'nl', '@value': 'PPS Monitor: open data van de regeling Opschaling pps in het beroepsonderwijs' },
    'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': 'Programmabureau PPS Monitor' },
    'dct:language': 'http://publications.europa.eu/resource/authority/language/NLD',
    'dcat:dataset': [{
      '@id': url('/downloads/pps-monitor.json#dataset'),
      '@type': 'dcat:Dataset',
      'dct:title': { '@language': 'nl', '@value': "Consortia, pps'en, organisaties, doelen, realisaties en begrotingen" },
      'dct:description': { '@language': 'nl', '@value': "De openbare gegevens van de regeling; details per consortium, pps en organisatie zijn voorbeelddata." },
      'dct:license': 'http://creativecommons.org/publicdomain/zero/1.0/deed.nl',
      'dct:modified': modified,
      'dct:spatial': 'http://standaarden.overheid.nl/owms/terms/Nederland',
      'dcat:theme': 'http://standaarden.overheid.nl/owms/terms/Onderwijs_en_wetenschap',
      'dcat:contactPoint': { '@type': 'vcard:Organization', 'vcard:fn': 'Programmabureau PPS Monitor' },
      'dcat:distribution': distributions.map((d) => ({
        '@type': 'dcat:Distribution', 'dct:title': d.title, 'dcat:accessURL': url(d.path), 'dcat:downloadURL': url(d.path),
        'dct:format': d.format, 'dcat:mediaType': d.mediaType, 'dct:license': 'http://creativecommons.org/publicdomain/zero/1.0/deed.nl',
      })),
    }],
    'dcat:service': [{
      '@type': 'dcat:DataService', 'dct:title': 'PPS Monitor REST API v1', 'dcat:endpointURL': url('/api/v1'),
      'dcat:endpointDescription': url('/api/v1/openapi.json'), 'dct:conformsTo': 'https://gitdocumentatie.logius.nl/publicatie/api/adr/',
      'dcat:servesDataset': url('/downloads/pps-monitor.json#dataset'),
    }],
  };
}
