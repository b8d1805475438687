/**
 * Where the spellings of the AWS resource types were read (2026-12, from stored
 * copies of public sources): AWS's Service Authorization Reference tables (as
 * published in the IAM User Guide's source), the CloudFormation User Guide's
 * source, and the Terraform AWS provider's resource map. Each row of the type
 * tables cites the exact file and commit through these helpers.
 */
import type { Source } from '../schema.js';

export const READ = '2026-12';

// --- where the spellings were read -------------------------------------------------------
// IAM User Guide source: two stored versions were used; the newer one where it had the page.
export const IAM_OLD = '1e13dd780146c57701c6069ba0b9bd185a6f13d6';
export const IAM_NEW = 'c9017e1cee0b0bedbf5a2b5be3b0724e80d45fd7';
export const arnRef = (commit: string, page: string, quote: string): Source =>
  ({ url: `https://github.com/awsdocs/iam-user-guide/blob/${commit}/doc_source/${page}`, date: READ, quote });
export const cfnRef = (commit: string, page: string, quote: string): Source =>
  ({ url: `https://github.com/awsdocs/aws-cloudformation-user-guide/blob/${commit}/doc_source/${page}`, date: READ, quote });
// CloudFormation User Guide: "Resources that support import and drift detection operations".
export const cfnImport = (quote: string): Source => cfnRef('00e7f68b303cd5467f7c1f8847846d73fc83087c', 'resource-import-supported-resources.md', quote);
export const TF_URL = 'https://github.com/hashicorp/terraform-provider-aws/blob/000e31884b013b6f47838ebdaaac8cbf437107f3/internal/provider/provider.go';
export const tfRef = (name: string, quote = `"${name}":`): Source => ({ url: TF_URL, date: READ, quote });
export const docRef = (url: string, quote: string, date = READ): Source => ({ url, date, quote });

// AWS Fault Isolation Boundaries whitepaper, global-services page. The two list quotes were
// read for the project's earlier research (shared/research/aws-facts.md, 2026-11); the page was
// found again in 2026-12 and its translated copies say the same.
export const WHITEPAPER = 'https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/global-services.html';
export const wpGlobal = docRef('https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/global-services.md', 'their control plane is hosted in a single AWS Region, while their data plane is globally distributed');
export const wpIam = docRef(WHITEPAPER, "In the aws partition, the IAM service's control plane is in the us-east-1 Region, with isolated data planes in each Region.", '2026-11');
export const wpEdge = docRef(WHITEPAPER, 'global edge network services and their control plane location: Route 53 Public DNS (us-east-1), Amazon CloudFront (us-east-1), AWS WAF Classic for CloudFront (us-east-1), AWS WAF for CloudFront (us-east-1), ACM for CloudFront (us-east-1), AWS Global Accelerator (us-west-2), AWS Shield Advanced (us-east-1)', '2026-11');
export const wpS3 = docRef(WHITEPAPER, 'all calls to the CreateBucket and DeleteBucket APIs depend on us-east-1', '2026-11');
export const gaRegion = docRef('https://repost.aws/questions/QUo2ZAk0KATUyjsgU8ztkWug/need-assistance-fetching-aws-global-accelerator-lists-using-boto3', 'Global Accelerator is a global service that supports endpoints in multiple Amazon Web Services Regions but you must specify the US West (Oregon) Region to create, update, or otherwise work with accelerators.');

// Neptune and DocumentDB manage their clusters, instances and groups under the `rds` ARN service.
export const neptuneArn = docRef('https://docs.aws.amazon.com/neptune/latest/userguide/tagging-arns-constructing.html', 'Note that Neptune shares the format of Amazon RDS ARNs.');
export const docdbArn = docRef('https://docs.aws.amazon.com/documentdb/latest/developerguide/documentdb-arns.html', 'Amazon DocumentDB ARNs contain rds and not docdb.');
export const CFN_NEPTUNE = '4d76fc2fd734a11d8de88b2551c5c0dbdc309076';
export const CFN_DOCDB = '52b1563d03e6a787dd282376115b8a8dabbe5668';

export const EC2_NEW = (quote: string) => arnRef(IAM_NEW, 'list_amazonec2.md', quote);
export const CFN_EC2 = (quote: string) => cfnRef('04d2964df98a7686e906fafb457b738fe87dc05a', 'AWS_EC2.md', quote);

