/**
 * Where SaaS vendors run, only as far as the vendor or a postmortem says
 * (gathered 2026-11; shared/research/aws-facts.md §6). An empty `hosting` means
 * no source says: the component is only in its vendor domain, and the
 * `unknown-hosting` rule reports the gap. A manifest's `hosting:` always wins.
 */
import type { SaasVendor } from './schema.js';

const postmortem = {
  url: 'a customer postmortem of the 2025-10-20 us-east-1 outage (project seeds, 000)',
  date: '2025-10-21',
};

export const saasCatalog: readonly SaasVendor[] = [
  {
    id: 'atlassian-statuspage',
    name: 'Atlassian Statuspage',
    category: 'status-page',
    hosting: ['aws/us-east-1'],
    confidence: 'medium',
    sources: [
      { url: 'https://www.atlassian.com/trust/security/data-management', date: '2026-11', quote: 'Jira, Confluence, Statuspage, Access, and Bitbucket run on the Micros platform… native capabilities in AWS' },
      { ...postmortem, quote: 'Our first step was to update our status page, but Atlassian Statuspage is hosted in us-east-1 as well.' },
    ],
  },
  {
    id: 'intercom',
    name: 'Intercom',
    category: 'support-chat',
    hosting: ['aws/us-east-1'],
    confidence: 'medium',
    sources: [
      { url: 'https://www.intercom.com/legal/subprocessors-list', date: '2026-11', quote: 'By default, hosting occurs in the United States … Amazon Web Services… (USA); EU: AWS region eu-west-1' },
      { ...postmortem, quote: 'We also couldn’t support customers through Intercom, which is… also hosted in us-east-1.' },
    ],
  },
  {
    id: 'slack',
    name: 'Slack',
    category: 'team-chat',
    hosting: ['aws/us-east-1'],
    confidence: 'high',
    sources: [{ url: 'https://slack.engineering/slacks-migration-to-a-cellular-architecture/', date: '2023-08', quote: 'most of our core computational infrastructure resides in multiple Availability Zones within a single region, us-east-1' }],
  },
  {
    id: 'auth0',
    name: 'Auth0',
    category: 'identity',
    hosting: ['aws'],
    confidence: 'medium',
    sources: [{ url: 'https://auth0.com/blog/auth0-architecture-running-in-multiple-cloud-providers-and-regions/', date: '2018-01', quote: 'moved all our public cloud infrastructure to AWS (environments US, US-2, EU, AU); regions not stated' }],
  },
  {
    id: 'okta',
    name: 'Okta',
    category: 'identity',
    hosting: ['aws'],
    confidence: 'low',
    sources: [{ url: 'https://www.okta.com/video/oktane19-building-and-running-infrastructure-at-scale/', date: '2019-04', quote: "how we've built some of our product on top of AWS (cell regions not stated)" }],
  },
  {
    id: 'pagerduty',
    name: 'PagerDuty',
    category: 'paging',
    hosting: ['aws/us-west-2'],
    confidence: 'medium',
    sources: [{ url: 'https://www.pagerduty.com/blog/we-are-off-aws-us-east/', date: '2012-06', quote: 'migrated our primary stack for PagerDuty off of US-East into US-West (Oregon)' }],
  },
  {
    id: 'datadog',
    name: 'Datadog (US1 site)',
    category: 'monitoring',
    hosting: ['aws/us-east-1'],
    confidence: 'medium',
    sources: [{ url: 'https://docs.datadoghq.com/agent/guide/private-link/', date: '2026-11', quote: 'Datadog exposes AWS PrivateLink endpoints in us-east-1 (for the US1 site); hosting implied, not stated' }],
  },
  {
    id: 'zendesk',
    name: 'Zendesk',
    category: 'support-chat',
    hosting: ['aws'],
    confidence: 'high',
    sources: [{ url: 'https://support.zendesk.com/hc/en-us/articles/4408825765530', date: '2026-11', quote: 'Zendesk is a fully AWS-deployed hosting model: US East (N. Virginia), US East (Ohio), US West (Oregon), Ireland, Frankfurt, Tokyo, Sydney' }],
  },
  {
    id: 'github',
    name: 'GitHub',
    category: 'source-control',
    hosting: ['github'],
    confidence: 'medium',
    sources: [{ url: 'https://github.blog/2018-10-30-oct21-post-incident-analysis/', date: '2018-10', quote: 'The majority of user-facing GitHub services are run within our own data center facilities' }],
  },
  {
    id: 'cloudflare',
    name: 'Cloudflare',
    category: 'dns',
    hosting: ['cloudflare'],
    confidence: 'high',
    sources: [{ url: 'https://blog.cloudflare.com/post-mortem-on-cloudflare-control-plane-and-analytics-outage/', date: '2023-11', quote: 'control plane and analytics systems run primarily on servers in three data centers around Hillsboro, Oregon' }],
  },
  {
    id: 'stripe',
    name: 'Stripe',
    category: 'payments',
    hosting: [],
    confidence: 'low',
    sources: [{ url: 'shared/research/aws-facts.md §6', date: '2026-11', quote: 'Stripe: no statement of hosting found on a Stripe page' }],
  },
  {
    id: 'twilio',
    name: 'Twilio',
    category: 'sms',
    hosting: [],
    confidence: 'high',
    sources: [{ url: 'https://www.twilio.com/docs/global-infrastructure/understanding-twilio-regions', date: '2026-11', quote: "Twilio's default Region is located in the eastern United States (US); the cloud provider is not stated" }],
  },
  {
    id: 'sendgrid',
    name: 'SendGrid',
    category: 'email',
    hosting: [],
    confidence: 'low',
    sources: [{ url: 'SendGrid FAQs (2019)', date: '2019-01', quote: 'Your data is stored and processed in data centers located in the United States; the provider is not stated' }],
  },
];
