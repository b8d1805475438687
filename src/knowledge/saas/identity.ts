/** SaaS vendors: identity providers: how people and customers sign in. Conventions and sources: see ./index.ts. */
import type { SaasVendor } from '../schema.js';

export const identityVendors: readonly SaasVendor[] = [
  {
    id: "auth0",
    name: "Auth0",
    category: "identity",
    aliases: ["auth0", "auth0 by okta", "auth0.com", "okta customer identity cloud"],
    domains: [
      { name: "*.auth0.com", sources: [{ url: "https://auth0.com/docs/troubleshoot/customer-support/operational-policies/public-cloud-service-endpoints", date: "2026-12", quote: "https://{yourAccount}.us.auth0.com … https://{yourAccount}.[au|ca|eu|jp|uk].auth0.com" }] },
      { name: "manage.auth0.com", sources: [{ url: "https://auth0.com/docs/troubleshoot/customer-support/operational-policies/public-cloud-service-endpoints", date: "2026-12", quote: "https://manage.auth0.com https://auth0.com https://auth0.auth0.com https://login.us.auth0.com https://cdn.us.auth0.com" }] },
      { name: "login.us.auth0.com", sources: [{ url: "https://auth0.com/docs/troubleshoot/customer-support/operational-policies/public-cloud-service-endpoints", date: "2026-12", quote: "https://manage.auth0.com https://auth0.com https://auth0.auth0.com https://login.us.auth0.com https://cdn.us.auth0.com" }] },
      { name: "cdn.us.auth0.com", sources: [{ url: "https://auth0.com/docs/troubleshoot/customer-support/operational-policies/public-cloud-service-endpoints", date: "2026-12", quote: "https://manage.auth0.com https://auth0.com https://auth0.auth0.com https://login.us.auth0.com https://cdn.us.auth0.com" }] },
      { name: "cdn.auth0.com", sources: [{ url: "https://auth0.com/docs/troubleshoot/customer-support/operational-policies/public-cloud-service-endpoints", date: "2026-12", quote: "Tenants created before 11 June 2020 should use `https://cdn.auth0.com` if the region is the United States" }] },
    ],
    hosting: ["aws"],
    confidence: "medium",
    sources: [
      { url: "https://auth0.com/platform/cloud-deployment/aws.md", date: "2026-12", quote: "Deploy Auth0's complete customer identity and access management (CIAM) solution on AWS using either public or private cloud." },
      { url: "https://auth0.com/platform/cloud-deployment/aws.md", date: "2026-12", quote: "Public Cloud includes a 100 RPS option and supports a time-limited higher capacity burst option, available in the US, UK, EU, Japan, Australia, and Canada." },
      { url: "https://auth0.com/blog/auth0-architecture-running-in-multiple-cloud-providers-and-regions/", date: "2018-01", quote: "moved all our public cloud infrastructure to AWS" },
    ],
  },
  {
    id: "okta",
    name: "Okta",
    category: "identity",
    aliases: ["okta", "okta workforce identity", "okta workforce identity cloud", "okta sso", "okta.com"],
    domains: [
      { name: "*.okta.com", sources: [{ url: "https://docs.determinate.systems/guides/allowlist-configuration (third party)", date: "2026-12", quote: "If you’re using Okta for authentication, you may need to allowlist the Okta domain for your tenant: <tenant>.okta.com" }] },
    ],
    hosting: ["aws"],
    residency: ["aws/us-east-1", "aws/us-east-2", "aws/us-west-2", "aws/eu-central-1", "aws/eu-west-1", "aws/ap-southeast-2", "aws/ap-northeast-1", "aws/ca-central-1", "aws/ap-south-1"],
    confidence: "high",
    sources: [
      { url: "https://help.okta.com/en-us/Content/Topics/miscellaneous/okta-disaster-recovery.htm", date: "2026-12", quote: "Okta disaster recovery remediates AWS infrastructure, storage, or networking issues that impact core Okta products." },
      { url: "https://help.okta.com/en-us/Content/Topics/miscellaneous/okta-disaster-recovery.htm", date: "2026-12", quote: "| EU1 | Frankfurt | Ireland | | OK1 | North Virginia | Oregon | | OK2 | North Virginia | Ohio | | OK3 | North Virginia | Ohio | | OK4 | North Virginia | Oregon | | OK6 | Ohio | North Virginia | | OK7 | Oregon | Ohio |" },
      { url: "https://help.okta.com/en-us/Content/Topics/miscellaneous/okta-disaster-recovery.htm", date: "2026-12", quote: "| OK8 | Sydney | Melbourne | | OK9 | Ireland | Frankfurt | | OK11 | Ohio | Oregon | | OK12 | Oregon | North Virginia | | OK14 | Oregon | North Virginia | | OK16 | Tokyo | Osaka | | OK18 | Montreal | Calgary | | OK19 | Mumbai | Hyderabad |" },
    ],
  },
  {
    id: "microsoft-entra-id",
    name: "Microsoft Entra ID (Azure AD)",
    category: "identity",
    aliases: ["microsoft entra id", "microsoft entra", "entra id", "entra", "azure ad", "azure active directory", "microsoft identity platform"],
    domains: [
      { name: "login.microsoftonline.com", sources: [{ url: "https://learn.microsoft.com/en-nz/dotnet/api/microsoft.agents.authentication.iconnectionsettings.authority?view=m365-agents-sdk", date: "2026-12", quote: "Entra Authentication Endpoint to use. If not populated, the Entra Public Cloud endpoint is assumed. This example of Public Cloud Endpoint is https://login.microsoftonline.com" }] },
    ],
    hosting: ["azure"],
    confidence: "high",
    sources: [
      { url: "https://learn.microsoft.com/en-sg/entra/identity-platform/authentication-national-cloud", date: "2026-12", quote: "National clouds are physically isolated instances of Azure. … Including the global Azure cloud, Microsoft Entra ID is deployed in the following national clouds" },
    ],
  },
  {
    id: "google-identity",
    name: "Google Workspace / Google Identity",
    category: "identity",
    aliases: ["google workspace", "g suite", "gsuite", "google identity", "google cloud identity", "sign in with google", "google sign-in", "google sso"],
    domains: [
      { name: "accounts.google.com", sources: [{ url: "https://docs.cloud.google.com/docs/get-started/required-domains.md.txt", date: "2026-12", quote: "| accounts.google.com | Google Account authentication and sign-in |" }] },
    ],
    hosting: [],
    confidence: "low",
    sources: [
      { url: "https://docs.cloud.google.com/docs/get-started/required-domains.md.txt", date: "2026-12", quote: "This document lists the domains and domain patterns that must be allowed for the Google Cloud console to function properly." },
    ],
  },
  {
    id: "ping-identity",
    name: "Ping Identity (PingOne)",
    category: "identity",
    aliases: ["ping identity", "pingidentity", "pingone", "ping one"],
    domains: [
      { name: "api.pingone.com", sources: [{ url: "https://docs.pingidentity.com/pingone/developer_tools/p1_ip_address_domain_reference.html", date: "2026-12", quote: "North America (US) api.pingone.com apps.pingone.com assets.pingone.com auth.pingone.com console.pingone.com" }] },
      { name: "apps.pingone.com", sources: [{ url: "https://docs.pingidentity.com/pingone/developer_tools/p1_ip_address_domain_reference.html", date: "2026-12", quote: "North America (US) api.pingone.com apps.pingone.com assets.pingone.com auth.pingone.com console.pingone.com" }] },
      { name: "assets.pingone.com", sources: [{ url: "https://docs.pingidentity.com/pingone/developer_tools/p1_ip_address_domain_reference.html", date: "2026-12", quote: "North America (US) api.pingone.com apps.pingone.com assets.pingone.com auth.pingone.com console.pingone.com" }] },
      { name: "auth.pingone.com", sources: [{ url: "https://docs.pingidentity.com/pingone/developer_tools/p1_ip_address_domain_reference.html", date: "2026-12", quote: "North America (US) api.pingone.com apps.pingone.com assets.pingone.com auth.pingone.com console.pingone.com" }] },
      { name: "console.pingone.com", sources: [{ url: "https://docs.pingidentity.com/pingone/developer_tools/p1_ip_address_domain_reference.html", date: "2026-12", quote: "North America (US) api.pingone.com apps.pingone.com assets.pingone.com auth.pingone.com console.pingone.com" }] },
      { name: "*.pingone.com", sources: [{ url: "https://docs.pingidentity.com/pingone/developer_tools/p1_ip_address_domain_reference.html", date: "2026-12", quote: "North America (US) api.pingone.com apps.pingone.com assets.pingone.com auth.pingone.com console.pingone.com" }] },
      { name: "*.pingone.eu", sources: [
        { url: "https://docs.pingidentity.com/pingone/developer_tools/p1_ip_address_domain_reference.html", date: "2026-12", quote: "Europe api.pingone.eu apps.pingone.eu assets.pingone.eu auth.pingone.eu" },
        { url: "https://docs.pingidentity.com/pingone/developer_tools/p1_ip_address_domain_reference.html", date: "2026-12", quote: "Canada api.pingone.ca … Australia api.pingone.com.au … Singapore api.pingone.sg … Asia Pacific (legacy) Available only for existing .asia customers." },
      ] },
      { name: "*.pingone.ca", sources: [
        { url: "https://docs.pingidentity.com/pingone/developer_tools/p1_ip_address_domain_reference.html", date: "2026-12", quote: "Europe api.pingone.eu apps.pingone.eu assets.pingone.eu auth.pingone.eu" },
        { url: "https://docs.pingidentity.com/pingone/developer_tools/p1_ip_address_domain_reference.html", date: "2026-12", quote: "Canada api.pingone.ca … Australia api.pingone.com.au … Singapore api.pingone.sg … Asia Pacific (legacy) Available only for existing .asia customers." },
      ] },
      { name: "*.pingone.com.au", sources: [
        { url: "https://docs.pingidentity.com/pingone/developer_tools/p1_ip_address_domain_reference.html", date: "2026-12", quote: "Europe api.pingone.eu apps.pingone.eu assets.pingone.eu auth.pingone.eu" },
        { url: "https://docs.pingidentity.com/pingone/developer_tools/p1_ip_address_domain_reference.html", date: "2026-12", quote: "Canada api.pingone.ca … Australia api.pingone.com.au … Singapore api.pingone.sg … Asia Pacific (legacy) Available only for existing .asia customers." },
      ] },
      { name: "*.pingone.sg", sources: [
        { url: "https://docs.pingidentity.com/pingone/developer_tools/p1_ip_address_domain_reference.html", date: "2026-12", quote: "Europe api.pingone.eu apps.pingone.eu assets.pingone.eu auth.pingone.eu" },
        { url: "https://docs.pingidentity.com/pingone/developer_tools/p1_ip_address_domain_reference.html", date: "2026-12", quote: "Canada api.pingone.ca … Australia api.pingone.com.au … Singapore api.pingone.sg … Asia Pacific (legacy) Available only for existing .asia customers." },
      ] },
      { name: "*.pingone.asia", sources: [
        { url: "https://docs.pingidentity.com/pingone/developer_tools/p1_ip_address_domain_reference.html", date: "2026-12", quote: "Europe api.pingone.eu apps.pingone.eu assets.pingone.eu auth.pingone.eu" },
        { url: "https://docs.pingidentity.com/pingone/developer_tools/p1_ip_address_domain_reference.html", date: "2026-12", quote: "Canada api.pingone.ca … Australia api.pingone.com.au … Singapore api.pingone.sg … Asia Pacific (legacy) Available only for existing .asia customers." },
      ] },
    ],
    hosting: [],
    confidence: "low",
    sources: [
      { url: "https://docs.pingidentity.com/pingone/developer_tools/p1_ip_address_domain_reference.html", date: "2026-12", quote: "PingOne provides services through several domains. The domains vary based on your organization’s region." },
    ],
  },
  {
    id: "workos",
    name: "WorkOS",
    category: "identity",
    aliases: ["workos", "workos authkit", "work os"],
    domains: [
      { name: "api.workos.com", sources: [{ url: "https://workos.com/docs/reference.md", date: "2026-12", quote: "API Base URL https://api_workos_com (the stored copy renders the dots as underscores)" }] },
    ],
    hosting: [],
    confidence: "low",
    sources: [
      { url: "https://workos.com/docs/reference.md", date: "2026-12", quote: "The WorkOS API gives you everything you need to make your app enterprise-ready." },
    ],
  },
  {
    id: "clerk",
    name: "Clerk",
    category: "identity",
    aliases: ["clerk", "clerk.com", "clerk.dev", "clerk auth", "clerk authentication"],
    domains: [
      { name: "img.clerk.com", sources: [{ url: "https://clerk.com/docs/guides/secure/best-practices/csp-headers.md", date: "2026-12", quote: "`img-src` - This value should be `https://img.clerk.com`." }] },
    ],
    hosting: [],
    confidence: "low",
    sources: [
      { url: "https://clerk.com/docs/guides/secure/best-practices/csp-headers.md", date: "2026-12", quote: "`script-src` - This value should include the host application's FAPI hostname, such as `https://clerk.your-domain.com`" },
    ],
  },
];
