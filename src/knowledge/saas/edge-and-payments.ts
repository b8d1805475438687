/** SaaS vendors: DNS, CDN and payments. Conventions and sources: see ./index.ts. */
import type { SaasVendor } from '../schema.js';

export const edgeAndPaymentVendors: readonly SaasVendor[] = [
  {
    id: "cloudflare",
    name: "Cloudflare",
    category: "dns",
    aliases: ["cloudflare", "cloudflare dns", "cloudflare cdn", "cloudflare workers", "cloudflare zero trust", "cloudflare.com"],
    domains: [
      { name: "api.cloudflare.com", sources: [{ url: "https://developers.cloudflare.com/fundamentals/api/how-to/make-api-calls/", date: "2026-12", quote: "The stable base URL for all Version 4 HTTPS endpoints is: https://api.cloudflare.com/client/v4/" }] },
      { name: "challenges.cloudflare.com", sources: [{ url: "https://clerk.com/docs/guides/secure/best-practices/csp-headers.md (a Cloudflare customer naming the host)", date: "2026-12", quote: "as well as cloudflare's bot protection host, `https://challenges.cloudflare.com`." }] },
      { name: "cloudflare-dns.com", sources: [{ url: "https://docs.statsig.com/infrastructure/statsig_domains/ (a Cloudflare customer naming the host)", date: "2026-12", quote: "featureassets.org assetsconfigcdn.org prodregistryv2.org cloudflare-dns.com" }] },
    ],
    hosting: ["cloudflare"],
    confidence: "high",
    sources: [
      { url: "https://blog.cloudflare.com/post-mortem-on-cloudflare-control-plane-and-analytics-outage/", date: "2023-11", quote: "control plane and analytics systems run primarily on servers in three data centers around Hillsboro, Oregon" },
    ],
  },
  {
    id: "stripe",
    name: "Stripe",
    category: "payments",
    aliases: ["stripe", "stripe payments", "stripe.js", "stripe checkout", "stripe billing", "stripe connect", "stripe.com"],
    domains: [
      { name: "api.stripe.com", sources: [{ url: "https://docs.stripe.com/ips.md", date: "2026-12", quote: "Stripe uses the following fully qualified domain names to interact with your integration: … a.stripecdn.com api.stripe.com … checkout.stripe.com … connect-js.stripe.com … files.stripe.com hcaptcha.com hooks.stripe.com … js.stripe.com m.stripe.com m.stripe.network" }] },
      { name: "js.stripe.com", sources: [{ url: "https://docs.stripe.com/ips.md", date: "2026-12", quote: "Stripe uses the following fully qualified domain names to interact with your integration: … a.stripecdn.com api.stripe.com … checkout.stripe.com … connect-js.stripe.com … files.stripe.com hcaptcha.com hooks.stripe.com … js.stripe.com m.stripe.com m.stripe.network" }] },
      { name: "m.stripe.network", sources: [{ url: "https://docs.stripe.com/ips.md", date: "2026-12", quote: "Stripe uses the following fully qualified domain names to interact with your integration: … a.stripecdn.com api.stripe.com … checkout.stripe.com … connect-js.stripe.com … files.stripe.com hcaptcha.com hooks.stripe.com … js.stripe.com m.stripe.com m.stripe.network" }] },
      { name: "m.stripe.com", sources: [{ url: "https://docs.stripe.com/ips.md", date: "2026-12", quote: "Stripe uses the following fully qualified domain names to interact with your integration: … a.stripecdn.com api.stripe.com … checkout.stripe.com … connect-js.stripe.com … files.stripe.com hcaptcha.com hooks.stripe.com … js.stripe.com m.stripe.com m.stripe.network" }] },
      { name: "hooks.stripe.com", sources: [{ url: "https://docs.stripe.com/ips.md", date: "2026-12", quote: "Stripe uses the following fully qualified domain names to interact with your integration: … a.stripecdn.com api.stripe.com … checkout.stripe.com … connect-js.stripe.com … files.stripe.com hcaptcha.com hooks.stripe.com … js.stripe.com m.stripe.com m.stripe.network" }] },
      { name: "checkout.stripe.com", sources: [{ url: "https://docs.stripe.com/ips.md", date: "2026-12", quote: "Stripe uses the following fully qualified domain names to interact with your integration: … a.stripecdn.com api.stripe.com … checkout.stripe.com … connect-js.stripe.com … files.stripe.com hcaptcha.com hooks.stripe.com … js.stripe.com m.stripe.com m.stripe.network" }] },
      { name: "files.stripe.com", sources: [{ url: "https://docs.stripe.com/ips.md", date: "2026-12", quote: "Stripe uses the following fully qualified domain names to interact with your integration: … a.stripecdn.com api.stripe.com … checkout.stripe.com … connect-js.stripe.com … files.stripe.com hcaptcha.com hooks.stripe.com … js.stripe.com m.stripe.com m.stripe.network" }] },
      { name: "connect-js.stripe.com", sources: [{ url: "https://docs.stripe.com/ips.md", date: "2026-12", quote: "Stripe uses the following fully qualified domain names to interact with your integration: … a.stripecdn.com api.stripe.com … checkout.stripe.com … connect-js.stripe.com … files.stripe.com hcaptcha.com hooks.stripe.com … js.stripe.com m.stripe.com m.stripe.network" }] },
      { name: "*.stripe.com", sources: [{ url: "https://docs.stripe.com/ips.md", date: "2026-12", quote: "Stripe uses the following fully qualified domain names to interact with your integration: … a.stripecdn.com api.stripe.com … checkout.stripe.com … connect-js.stripe.com … files.stripe.com hcaptcha.com hooks.stripe.com … js.stripe.com m.stripe.com m.stripe.network" }] },
      { name: "*.stripecdn.com", sources: [{ url: "https://docs.stripe.com/ips.md", date: "2026-12", quote: "Stripe uses the following fully qualified domain names to interact with your integration: … a.stripecdn.com api.stripe.com … checkout.stripe.com … connect-js.stripe.com … files.stripe.com hcaptcha.com hooks.stripe.com … js.stripe.com m.stripe.com m.stripe.network" }] },
    ],
    hosting: ["aws"],
    confidence: "medium",
    sources: [
      { url: "https://stripe.com/blog/engineering/page/2", date: "2026-12", quote: "Here's how we use AWS Reserved Instances to dynamically scale our fleet of servers and predictably forecast our cloud spend." },
      { url: "https://repost.aws/articles/ARQ2qWSsMmRPmovOKIDuVS1w/sustaining-peak-performance-how-stripe-powered-a-record-breaking-black-friday-with-aws-enterprise-support", date: "2026-12", quote: "Stripe needed to scale its infrastructure while preserving speed, reliability, and security. With these goals in mind, Stripe contacted AWS Enterprise Support" },
    ],
  },
  {
    id: "adyen",
    name: "Adyen",
    category: "payments",
    aliases: ["adyen", "adyen checkout", "adyen payments", "adyen.com"],
    domains: [
      { name: "checkout-test.adyen.com", sources: [{ url: "https://docs.adyen.com/api-explorer/Checkout/69/overview", date: "2026-12", quote: "For example: https://checkout-test.adyen.com/v69/payments" }] },
      { name: "*.adyen.com", sources: [{ url: "https://docs.adyen.com/api-explorer/Checkout/69/overview", date: "2026-12", quote: "For example: https://checkout-test.adyen.com/v69/payments" }] },
      { name: "*.adyenpayments.com", sources: [{ url: "https://github.com/Adyen/adyen-dotnet-api-library (Adyen.Test/CheckoutTest.cs)", date: "2026-12", quote: "Assert.AreEqual(config.CheckoutEndpoint, @\"https://companyUrl-checkout-live.adyenpayments.com/checkout\");" }] },
    ],
    hosting: [],
    confidence: "low",
    sources: [
      { url: "https://docs.adyen.com/development-resources/live-endpoints/", date: "2026-12", quote: "If you need to connect to a certain data center of the Adyen payments platform (for example, US or AU data centers), you can set up location-based live endpoints." },
    ],
  },
  {
    id: "braintree",
    name: "Braintree",
    category: "payments",
    aliases: ["braintree", "braintree payments", "braintree gateway", "paypal braintree"],
    domains: [
      { name: "api.braintreegateway.com", sources: [{ url: "https://developer.paypal.com/braintree/docs/reference/general/braintree-ip-addresses", date: "2026-12", quote: "Braintree production fully qualified domain names are: … api.braintreegateway.com www.braintreegateway.com gstatic.braintreegateway.com payments.braintree-api.com" }] },
      { name: "www.braintreegateway.com", sources: [{ url: "https://developer.paypal.com/braintree/docs/reference/general/braintree-ip-addresses", date: "2026-12", quote: "Braintree production fully qualified domain names are: … api.braintreegateway.com www.braintreegateway.com gstatic.braintreegateway.com payments.braintree-api.com" }] },
      { name: "gstatic.braintreegateway.com", sources: [{ url: "https://developer.paypal.com/braintree/docs/reference/general/braintree-ip-addresses", date: "2026-12", quote: "Braintree production fully qualified domain names are: … api.braintreegateway.com www.braintreegateway.com gstatic.braintreegateway.com payments.braintree-api.com" }] },
      { name: "payments.braintree-api.com", sources: [{ url: "https://developer.paypal.com/braintree/docs/reference/general/braintree-ip-addresses", date: "2026-12", quote: "Braintree production fully qualified domain names are: … api.braintreegateway.com www.braintreegateway.com gstatic.braintreegateway.com payments.braintree-api.com" }] },
      { name: "js.braintreegateway.com", sources: [{ url: "https://developer.paypal.com/braintree/docs/guides/client-sdk/setup/javascript/v4/", date: "2026-12", quote: "<script src=\"https://js.braintreegateway.com/web/4.0.0-alpha.0/js/client.min.js\"></script>" }] },
      { name: "*.braintreegateway.com", sources: [{ url: "https://developer.paypal.com/braintree/docs/guides/client-sdk/setup/javascript/v4/", date: "2026-12", quote: "<script src=\"https://js.braintreegateway.com/web/4.0.0-alpha.0/js/client.min.js\"></script>" }] },
    ],
    hosting: [],
    confidence: "low",
    sources: [
      { url: "https://developer.paypal.com/braintree/docs/reference/general/braintree-ip-addresses", date: "2026-12", quote: "If you do not properly allowlist the Braintree domain names and IP addresses, you may be unable to process payments." },
    ],
  },
  {
    id: "paypal",
    name: "PayPal",
    category: "payments",
    aliases: ["paypal", "paypal checkout", "paypal rest api", "paypal payments"],
    domains: [
      { name: "api-m.paypal.com", sources: [{ url: "https://developer.paypal.com/api/make-api-requests.md", date: "2026-12", quote: "All PayPal REST API requests target one of two base URLs: * Sandbox for testing: `https://api-m.sandbox.paypal.com` * Live for production: `https://api-m.paypal.com`" }] },
      { name: "api-m.sandbox.paypal.com", sources: [{ url: "https://developer.paypal.com/api/make-api-requests.md", date: "2026-12", quote: "All PayPal REST API requests target one of two base URLs: * Sandbox for testing: `https://api-m.sandbox.paypal.com` * Live for production: `https://api-m.paypal.com`" }] },
      { name: "api.paypal.com", sources: [{ url: "https://developer.paypal.com/limited-release/commerce-platform/v2/develop/urls", date: "2026-12", quote: "If you need to allowlist an IP address, you can use api.paypal.com." }] },
    ],
    hosting: [],
    confidence: "low",
    sources: [
      { url: "https://developer.paypal.com/limited-release/commerce-platform/v2/develop/urls", date: "2026-12", quote: "The IP addresses are located behind content delivery network (CDN) providers, and all our zones are DNSSec signed." },
    ],
  },
  {
    id: "fastly",
    name: "Fastly",
    category: "cdn",
    aliases: ["fastly", "fastly cdn", "fastly compute", "fastly delivery"],
    domains: [
      { name: "api.fastly.com", sources: [{ url: "https://docs.fastly.com/api", date: "2026-12", quote: "Almost all API endpoints are served on the api.fastly.com domain." }] },
      { name: "rt.fastly.com", sources: [{ url: "https://docs.fastly.com/api", date: "2026-12", quote: "The real time stats API uses the domain rt.fastly.com" }] },
    ],
    hosting: ["fastly"],
    confidence: "medium",
    sources: [
      { url: "https://fastly.com/documentation/guides/getting-started/concepts/using-fastlys-global-pop-network", date: "2026-12", quote: "A point of presence (POP) is a grouping of cache servers that creates a single cluster of cache storage." },
    ],
  },
  {
    id: "akamai",
    name: "Akamai",
    category: "cdn",
    aliases: ["akamai", "akamai cdn", "akamai edge", "akamai control center"],
    domains: [
      { name: "*.luna.akamaiapis.net", sources: [{ url: "https://techdocs.akamai.com/edge-hostnames/reference/api-get-started.md", date: "2026-12", quote: "These tokens appear as custom hostnames that look like this: https://akzz-XXXXXXXXXXXXXXXX-XXXXXXXXXXXXXXXX.luna.akamaiapis.net" }] },
    ],
    hosting: [],
    confidence: "low",
    sources: [
      { url: "https://techdocs.akamai.com/developer/docs/make-your-first-api-call", date: "2026-12", quote: "Authentication credentials for the majority of Akamai APIs use a hash-based message authentication code or HMAC-SHA-256 created through an API client." },
    ],
  },
];
