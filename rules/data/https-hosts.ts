// Sites known to serve https, so an http:// link to them is only ever a stale copy
// (rules.md `insecure-link`). A host matches itself and any subdomain (every *.gov.uk site,
// council sites included, serves https).
export const httpsHosts: readonly string[] = [
  'gov.uk', 'ico.org.uk', 'nhs.uk', 'parliament.uk', 'police.uk', 'gov.wales', 'gov.scot',
  'europa.eu', 'google.com', 'microsoft.com', 'apple.com', 'facebook.com', 'instagram.com',
  'twitter.com', 'x.com', 'youtube.com', 'linkedin.com', 'wikipedia.org', 'bbc.co.uk',
];
