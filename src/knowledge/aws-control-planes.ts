/**
 * AWS control planes that live in one region while their data planes are global,
 * from AWS's Fault Isolation Boundaries whitepaper (gathered 2026-11, see
 * shared/research/aws-facts.md §4). Each becomes a platform component
 * (`aws-control/<name>`) in its region, for control-plane capabilities to need.
 */
import type { ControlPlane, TypeNeeds } from './schema.js';

const whitepaper = 'https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/global-services.html';
const read = '2026-11';

const partitional = { url: whitepaper, date: read, quote: 'The following are partitional services and their control plane location in the aws partition: AWS IAM (us-east-1), AWS Organizations (us-east-1), AWS Account Management (us-east-1), Route 53 ARC (us-west-2), AWS Network Manager (us-west-2), Route 53 Private DNS (us-east-1)' };
const edge = { url: whitepaper, date: read, quote: 'global edge network services and their control plane location: Route 53 Public DNS (us-east-1), Amazon CloudFront (us-east-1), AWS WAF Classic for CloudFront (us-east-1), AWS WAF for CloudFront (us-east-1), ACM for CloudFront (us-east-1), AWS Global Accelerator (us-west-2), AWS Shield Advanced (us-east-1)' };
const dnsRecords = { url: whitepaper, date: read, quote: 'Control planes that create DNS records depend on the Route 53 control plane in us-east-1: API Gateway REST and HTTP APIs, ELB load balancers, PrivateLink VPC endpoints, Lambda URLs, ElastiCache, OpenSearch, CloudFront, MemoryDB, Neptune, DAX, AGA, ECS with DNS-based Service Discovery, Amazon EKS Kubernetes control plane' };
const s3Buckets = { url: whitepaper, date: read, quote: 'all calls to the CreateBucket and DeleteBucket APIs depend on us-east-1; 24 Put/DeleteBucket* configuration APIs depend on us-east-1' };
const mrap = { url: whitepaper, date: read, quote: 'The control plane for Amazon S3 Multi-Region Access Points (MRAP) is hosted only in us-west-2' };
const identityCenter = { url: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/resiliency-regional-behavior.html', date: read, quote: 'IAM Identity Center controls access to its permission sets and applications from its primary Region only.' };
const edgeApi = { url: whitepaper, date: read, quote: 'Edge-optimized API Gateway endpoints depend on the CloudFront control plane in us-east-1' };

export const controlPlanes: readonly ControlPlane[] = [
  { id: 'aws-control/iam', name: 'AWS IAM control plane', region: 'us-east-1', sources: [partitional, { url: whitepaper, date: read, quote: "In the aws partition, the IAM service's control plane is in the us-east-1 Region, with isolated data planes in each Region." }] },
  { id: 'aws-control/organizations', name: 'AWS Organizations control plane', region: 'us-east-1', sources: [partitional] },
  { id: 'aws-control/account', name: 'AWS Account Management control plane', region: 'us-east-1', sources: [partitional] },
  { id: 'aws-control/route53', name: 'Route 53 public DNS control plane', region: 'us-east-1', sources: [edge] },
  { id: 'aws-control/route53-private-dns', name: 'Route 53 private DNS control plane', region: 'us-east-1', sources: [partitional] },
  { id: 'aws-control/cloudfront', name: 'CloudFront control plane', region: 'us-east-1', sources: [edge] },
  { id: 'aws-control/acm-cloudfront', name: 'ACM for CloudFront control plane', region: 'us-east-1', sources: [edge] },
  { id: 'aws-control/waf-cloudfront', name: 'AWS WAF (and WAF Classic) for CloudFront control plane', region: 'us-east-1', sources: [edge] },
  { id: 'aws-control/shield', name: 'AWS Shield Advanced control plane', region: 'us-east-1', sources: [edge] },
  { id: 'aws-control/s3-buckets', name: 'S3 bucket creation, deletion and configuration', region: 'us-east-1', sources: [s3Buckets] },
  { id: 'aws-control/global-accelerator', name: 'AWS Global Accelerator control plane', region: 'us-west-2', sources: [edge] },
  { id: 'aws-control/route53-arc', name: 'Route 53 Application Recovery Controller control plane', region: 'us-west-2', sources: [partitional] },
  { id: 'aws-control/network-manager', name: 'AWS Network Manager control plane', region: 'us-west-2', sources: [partitional] },
  { id: 'aws-control/s3-mrap', name: 'S3 Multi-Region Access Points control plane', region: 'us-west-2', sources: [mrap] },
  { id: 'aws-control/identity-center', name: 'IAM Identity Center (sign-in, permission sets)', region: 'home', sources: [identityCenter] },
];

/** What changing a resource of a type needs beyond its own regional control plane. */
export const typeNeeds: readonly TypeNeeds[] = [
  { type: 'route53', needs: ['aws-control/route53'], why: 'Route 53 changes go through its control plane', sources: [edge] },
  { type: 'cloudfront', needs: ['aws-control/cloudfront', 'aws-control/route53'], why: 'CloudFront changes go through its control plane, and it creates DNS records', sources: [edge, dnsRecords] },
  { type: 'apigateway', needs: ['aws-control/route53', 'aws-control/cloudfront'], why: 'API Gateway creates DNS records; edge-optimized endpoints use CloudFront', sources: [dnsRecords, edgeApi] },
  { type: 'elasticloadbalancing', needs: ['aws-control/route53'], why: 'load balancers get DNS records', sources: [dnsRecords] },
  { type: 'ec2:vpc-endpoint', needs: ['aws-control/route53'], why: 'PrivateLink endpoints get DNS records', sources: [dnsRecords] },
  { type: 'elasticache', needs: ['aws-control/route53'], why: 'ElastiCache creates DNS records', sources: [dnsRecords] },
  { type: 'es', needs: ['aws-control/route53'], why: 'OpenSearch domains get DNS records', sources: [dnsRecords] },
  { type: 'memorydb', needs: ['aws-control/route53'], why: 'MemoryDB creates DNS records', sources: [dnsRecords] },
  { type: 'dax', needs: ['aws-control/route53'], why: 'DAX creates DNS records', sources: [dnsRecords] },
  { type: 'servicediscovery', needs: ['aws-control/route53'], why: 'DNS-based service discovery writes DNS records', sources: [dnsRecords] },
  { type: 'eks', needs: ['aws-control/route53'], why: 'the EKS Kubernetes control plane creates DNS records', sources: [dnsRecords] },
  { type: 'globalaccelerator', needs: ['aws-control/global-accelerator', 'aws-control/route53'], why: 'Global Accelerator changes go through its control plane in us-west-2', sources: [edge, dnsRecords] },
  { type: 'waf', needs: ['aws-control/waf-cloudfront'], why: 'WAF Classic for CloudFront is managed in us-east-1', sources: [edge] },
  { type: 'wafv2', needs: ['aws-control/waf-cloudfront'], why: 'WAF for CloudFront is managed in us-east-1', sources: [edge] },
  { type: 'shield', needs: ['aws-control/shield'], why: 'Shield Advanced is managed in us-east-1', sources: [edge] },
  { type: 'iam', needs: ['aws-control/iam'], why: 'IAM changes go through its control plane in us-east-1', sources: [partitional] },
  { type: 'organizations', needs: ['aws-control/organizations'], why: 'Organizations changes go through us-east-1', sources: [partitional] },
  { type: 'account', needs: ['aws-control/account'], why: 'Account Management goes through us-east-1', sources: [partitional] },
  { type: 's3:bucket', needs: ['aws-control/s3-buckets'], why: 'creating, deleting or configuring a bucket depends on us-east-1', sources: [s3Buckets] },
  { type: 's3:accesspoint', needs: ['aws-control/s3-mrap'], why: 'Multi-Region Access Points are managed in us-west-2', sources: [mrap] },
  { type: 'route53-recovery-control-config', needs: ['aws-control/route53-arc'], why: 'Route 53 ARC is managed in us-west-2', sources: [partitional] },
  { type: 'route53-recovery-readiness', needs: ['aws-control/route53-arc'], why: 'Route 53 ARC is managed in us-west-2', sources: [partitional] },
  { type: 'networkmanager', needs: ['aws-control/network-manager'], why: 'Network Manager is managed in us-west-2', sources: [partitional] },
  { type: 'sso', needs: ['aws-control/identity-center'], why: 'IAM Identity Center is managed in its home region', sources: [identityCenter] },
];
