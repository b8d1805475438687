/** Names that are not calls to an AWS service: the estate's own instances, the metadata service, reverse lookups, reserved names. */
import { REGION, S, type InternalName } from './sources.js';


export const internalNames: readonly InternalName[] = [
  {
    pattern: '*.ec2.internal',
    regex: String.raw`^(?:.+\.)?ec2\.internal$`,
    why: 'Amazon-provided private DNS domain for EC2 instances in us-east-1 (VPC DHCP option domain-name). A name under it is another instance in the estate, not an AWS service.',
    sources: [S.ec2NamingUse1, S.ec2Dhcp],
  },
  {
    pattern: '*.<region>.compute.internal',
    regex: String.raw`^(?:.+\.)?${REGION}\.compute\.internal$`,
    why: 'Amazon-provided private DNS domain for EC2 instances outside us-east-1.',
    sources: [S.ec2NamingOther, S.ec2Dhcp],
  },
  {
    pattern: 'instance-data | instance-data.ec2.internal',
    regex: String.raw`^instance-data(?:\.ec2\.internal)?$`,
    why: 'Host name used on EC2 for the instance metadata service (169.254.169.254). Only third-party code was found using it; no AWS page confirming it was found in this session.',
    // No source with a citable URL: the name was seen only in third-party code in the search index (an OCaml AWS client:
    // `let instance_data_host = "instance-data.ec2.internal" in`, and several SSRF block lists). Kept as a judgement call.
    sources: [],
  },
  {
    pattern: '169.254.169.254 | fd00:ec2::254 (instance metadata service; appears as an address, or as PTR 254.169.254.169.in-addr.arpa)',
    regex: String.raw`^(?:169\.254\.169\.254|fd00:ec2::254|254\.169\.254\.169\.in-addr\.arpa)$`,
    why: 'Link-local address of the instance metadata service; reachable only from the instance itself.',
    sources: [{ url: 'https://docs.amazonaws.cn/AWSEC2/latest/DeveloperGuide/instancedata-data-retrieval.html', date: '2026-12', quote: 'IPv4 http://169.254.169.254/latest/meta-data/ IPv6 http://[fd00:ec2::254]/latest/meta-data/' }],
  },
  {
    pattern: '169.254.169.253 (Amazon-provided DNS / Route 53 Resolver; VPC base + 2)',
    regex: String.raw`^(?:169\.254\.169\.253|253\.169\.254\.169\.in-addr\.arpa)$`,
    why: 'Address of the Route 53 Resolver (AmazonProvidedDNS) inside a VPC. No host names owned by the Resolver itself were found in the sources; its query logs carry names with a trailing dot.',
    sources: [S.ec2Resolver, S.resolverLog],
  },
  {
    pattern: '*.in-addr.arpa | *.ip6.arpa',
    regex: String.raw`^(?:.+\.)?(?:in-addr|ip6)\.arpa$`,
    why: 'Reverse (PTR) lookups of addresses. They appear in Resolver query logs (the AWS example log line is one) and say nothing about which service a workload calls.',
    sources: [S.resolverLog, { url: 'http://62.116.164.135/server:/dns/SLE_11_SP3/noarch/djbdns-docs-1.05-11.1.noarch.rpm', date: '2026-12', quote: '(third party, djbdns documentation) in-addr.arpa is used to look up host names by address.' }],
  },
  {
    pattern: 'localhost | *.localhost',
    regex: String.raw`^(?:.+\.)?localhost$`,
    why: 'Loopback name reserved by RFC 2606 / RFC 6761; never leaves the host in a correct setup.',
    sources: [{ url: 'http://www.techrivet.com/CommentView,guid,01adf723-9730-4c56-829e-ffd640aeeb25.aspx', date: '2026-12', quote: '(third party, quoting RFC 2606) The ".localhost" TLD has traditionally been statically defined in host DNS implementations as having an A record pointing to the loop back IP address' }],
  },
  {
    pattern: '*.local',
    regex: String.raw`^(?:.+\.)?local$`,
    why: 'Multicast DNS (mDNS) names, RFC 6762; link-local, not an Internet dependency.',
    sources: [{ url: 'https://wikwiand-revamp.pages.dev/en/Special-use_domain_name', date: '2026-12', quote: '(third party, copy of the IANA special-use list) .local | Used in multicast DNS (mDNS)' }],
  },
  {
    pattern: '*.home.arpa',
    regex: String.raw`^(?:.+\.)?home\.arpa$`,
    why: 'Residential-network names, RFC 8375.',
    sources: [{ url: 'https://wikwiand-revamp.pages.dev/en/Special-use_domain_name', date: '2026-12', quote: '(third party, copy of the IANA special-use list) .home.arpa | Non-unique use in residential networks' }],
  },
  {
    pattern: '*.invalid | *.test | *.example',
    regex: String.raw`^(?:.+\.)?(?:invalid|test|example)$`,
    why: 'Reserved top-level names (RFC 2606 / RFC 6761); cannot be real dependencies.',
    sources: [{ url: 'https://www.liquisearch.com/top-level_domain/reserved_domains', date: '2026-12', quote: '(third party) RFC 2606 reserves the following four top-level domain names to avoid confusion and conflict.' }],
  },
];
