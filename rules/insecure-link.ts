// http:// links to sites that serve https (gov.uk, ico.org.uk, nhs.uk, …): the https address
// is the same page, so the fix (adding the "s") is safe.
import { findMatches } from '../src/checks/text.js';
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { httpsHosts } from './data/https-hosts.js';

// Labels joined by dots, so a full stop ending the sentence is not part of the link.
const HTTP_LINK = /\bhttp:\/\/([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,10})/gi;

export const meta: RuleMeta = {
  id: 'insecure-link',
  severity: 'info',
  category: 'hygiene',
  source: 'UK GDPR Art 32 (security of processing); NCSC guidance on HTTPS',
  description: 'An http:// link points to a site that serves https',
  rationale: 'Plain http links can be tampered with on the way and look neglected; the same pages are served over https.',
  fixable: true,
  messages: {
    insecure: 'The link "{url}" uses http://, which can be tampered with on the way, but {host} serves the same page over https. Change "http://" to "https://".',
  },
};

const servesHttps = (host: string): boolean => httpsHosts.some((known) => host === known || host.endsWith(`.${known}`));

export function check(context: RuleContext): void {
  for (const match of findMatches(context.notice, HTTP_LINK)) {
    const host = (match.groups[0] ?? '').toLowerCase();
    if (!servesHttps(host)) continue;
    context.report({
      messageId: 'insecure',
      data: { url: match.text, host },
      start: match.start,
      end: match.end,
      fix: { range: [match.start, match.start + 'http://'.length], text: 'https://' },
    });
  }
}

export default { meta, check } satisfies Rule;
