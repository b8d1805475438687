/** What a Terraform reference means at run time: IAM, KMS, certificates, Secrets Manager and SSM parameters. Sources: see ./sources.ts. */
import type { TerraformTypeRule } from './schema.js';
import { AWS, judged, p } from './sources.js';

export const identityAndSecretsRules: readonly TerraformTypeRule[] = [
  {
    terraform: 'aws_iam_role',
    role: 'resource',
    notNeeds: [
      { argument: 'managed_policy_arns|inline_policy|permissions_boundary', why: 'Policy documents evaluated by IAM; a policy has no run-time failure of its own.', judgement: true, sources: [p('iam_role', 'Set of exclusive IAM managed policy ARNs to attach to the IAM role.'), p('iam_role', 'ARN of the policy that is used to set the permissions boundary for the role.')] },
    ],
    notes: 'Kept as a node because principals that assume it need its credentials (see the report: a role is shared state, failing only by deletion, a broken trust policy, or a regional IAM/STS data-plane problem).',
    sources: [p('iam_role', 'Amazon Resource Name (ARN) specifying the role.'), AWS.iamDataPlane],
  },
  {
    terraform: 'aws_iam_policy',
    role: 'policy',
    sources: [p('iam_policy', 'Provides an IAM policy.')],
  },
  {
    terraform: 'aws_iam_role_policy',
    role: 'policy',
    sources: [p('iam_role_policy', 'Provides an IAM role policy.'), p('iam_role_policy', 'The IAM role to attach to the policy.')],
  },
  {
    terraform: 'aws_iam_role_policy_attachment',
    role: 'glue',
    joins: {
      needer: 'role',
      needed: 'policy_arn',
      why: 'The attachment makes the policy part of the role\'s permissions. The needed side has role policy, so the edge records a permission and never yields a single-point-of-failure finding.',
      judgement: true,
      sources: [p('iam_role_policy_attachment', 'The name of the IAM role to which the policy should be applied'), p('iam_role_policy_attachment', 'The ARN of the policy you want to apply')],
    },
    sources: [p('iam_role_policy_attachment', 'Attaches a Managed IAM Policy to an IAM role')],
  },
  {
    terraform: 'aws_iam_instance_profile',
    role: 'config',
    needs: [
      { argument: 'role', alternatives: false, why: 'Instances launched with the profile get the role\'s credentials from instance metadata; instances and templates that reference the profile inherit this need.', sources: [p('iam_instance_profile', 'The role name to include in the profile.'), AWS.ec2Creds] },
    ],
    sources: [p('iam_instance_profile', 'Provides an IAM instance profile.')],
  },
  {
    terraform: 'aws_iam_user',
    role: 'resource',
    notNeeds: [
      { argument: 'permissions_boundary', why: 'Policy document.', judgement: true, sources: [p('iam_user', 'The ARN of the policy that is used to set the permissions boundary for the user.')] },
    ],
    notes: 'A user is an identity whose long-term keys are used outside Terraform; references to a user rarely mean a run-time call.',
    sources: [p('iam_user', 'Provides an IAM user.')],
  },
  {
    terraform: 'aws_iam_policy_document',
    role: 'policy',
    notes: 'A data source (state mode "data"), not a managed resource: it renders policy JSON at plan time. References to it are never needs.',
    sources: [p('iam_role_policy_attachment', 'data "aws_iam_policy_document" "assume_role" {')],
  },
  {
    terraform: 'aws_kms_key',
    role: 'resource',
    notNeeds: [
      { argument: 'policy', why: 'Key policy document.', sources: [p('kms_key', 'A valid policy JSON document.')] },
    ],
    notes: 'A disabled key cannot be used, but resources holding data keys are affected only when the key is next used, so a key failure can show with a delay.',
    sources: [p('kms_key', 'Manages a single-Region or multi-Region primary KMS key.'), AWS.kmsDisabled, AWS.kmsDataKeys],
  },
  {
    terraform: 'aws_kms_alias',
    role: 'config',
    configOf: { argument: 'target_key_id', why: 'An alias is another name for the key; whoever names the alias needs the key.', sources: [p('kms_alias', 'Identifier for the key for which the alias is for, can be either an ARN or key_id.')] },
    sources: [p('kms_alias', 'Provides an alias for a KMS customer master key.')],
  },
  {
    terraform: 'aws_acm_certificate',
    role: 'config',
    notNeeds: [
      { argument: 'certificate_authority_arn', why: 'The private CA issues and renews; serving uses the issued certificate.', judgement: true, sources: [p('acm_certificate', 'ARN of an ACMPCA')] },
    ],
    notes: 'Judgement: certificate material installed on load balancers and distributions, with no run-time failure of its own. Expiry is the risk; ACM renewal of DNS-validated certificates depends on the validation records staying in place (not verified here).',
    sources: [p('acm_certificate', 'It deals with requesting certificates and managing their attributes and life-cycle.'), p('acm_certificate', 'block to replace a certificate')],
  },
  {
    terraform: 'aws_acm_certificate_validation',
    role: 'config',
    notNeeds: [
      { argument: 'certificate_arn|validation_record_fqdns', why: 'A Terraform-side waiter; it is not a thing in AWS.', sources: [p('acm_certificate_validation', 'This resource implements a part of the validation workflow. It does not represent a real-world entity in AWS, therefore changing or deleting this resource on its own has no immediate effect.'), p('acm_certificate_validation', 'ARN of the certificate that is being validated.')] },
    ],
    notes: 'Listeners often take certificate_arn from this resource; resolve it to the aws_acm_certificate.',
    sources: [p('acm_certificate_validation', 'This resource implements a part of the validation workflow. It does not represent a real-world entity in AWS, therefore changing or deleting this resource on its own has no immediate effect.')],
  },
  {
    terraform: 'aws_secretsmanager_secret',
    role: 'resource',
    needs: [
      judged('kms_key_id', false, 'Secret values are encrypted with the key and decrypted when read.', [p('secretsmanager_secret', 'ARN or Id of the AWS KMS key to be used to encrypt the secret values in the versions stored in this secret.'), AWS.kmsDisabled]),
      judged('replica.kms_key_id', false, 'The same, for the replica in that Region.', [p('secretsmanager_secret', 'ARN, Key ID, or Alias of the AWS KMS key within the region secret is replicated to.')]),
    ],
    notNeeds: [
      { argument: 'policy', why: 'Resource policy.', sources: [p('secretsmanager_secret', 'Valid JSON document representing a [resource policy]')] },
    ],
    sources: [p('secretsmanager_secret', 'ARN or Id of the AWS KMS key to be used to encrypt the secret values in the versions stored in this secret.')],
  },
  {
    terraform: 'aws_secretsmanager_secret_version',
    role: 'config',
    configOf: { argument: 'secret_id', why: 'A value of the secret.', sources: [p('secretsmanager_secret_version', 'Specifies the secret to which you want to add a new version.')] },
    notNeeds: [
      { argument: 'secret_string|secret_binary', why: 'A value that names a resource (a database endpoint) is carried to whoever reads the secret; the secret itself does not call it. faultline could pass such a reference on to the secret\'s readers.', judgement: true, sources: [p('secretsmanager_secret_version', 'Specifies text data that you want to encrypt and store in this version of the secret.')] },
    ],
    sources: [p('secretsmanager_secret_version', 'Specifies the secret to which you want to add a new version.')],
  },
  {
    terraform: 'aws_ssm_parameter',
    role: 'resource',
    needs: [
      judged('key_id', false, 'A SecureString is decrypted with the key when read.', [p('ssm_parameter', 'The KMS key id or arn for encrypting a SecureString.')]),
    ],
    notNeeds: [
      { argument: 'value', why: 'A value that names a resource is carried to readers; the parameter does not call it.', judgement: true, sources: [p('ssm_parameter', 'The value of the parameter.')] },
    ],
    sources: [p('ssm_parameter', 'Provides an SSM Parameter resource.')],
  },
];
