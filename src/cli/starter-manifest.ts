/** The commented starter that `faultline init` writes. A test keeps it valid. */
export const starterManifest = `# faultline manifest: what your organisation must keep doing, and what that needs.
# Reference: the README's "Manifest reference"; JSON Schema: \`faultline schema\`.
version: 1
name: my-company

# Where scanned cloud resources come from (optional). A snapshot is written by
# \`faultline scan\`; components pick resources from it with \`select:\`.
# inventory:
#   - file: inventory/aws-prod.json

components:
  # A declared component: where it runs makes it part of failure domains
  # (provider:aws, region:aws/us-east-1, account:aws/111122223333).
  web-app:
    provider: aws
    region: us-east-1
    account: "111122223333"
    type: ecs:service
    requires: [database, sign-in]

  database:
    requires:
      # anyOf: one alternative suffices. A manual failover also needs a deploy.
      - anyOf:
          - db-primary
          - allOf: [db-replica, ship-a-fix]
  db-primary: { provider: aws, region: us-east-1, type: rds:cluster }
  db-replica: { provider: aws, region: us-west-2, type: rds:cluster }

  # SaaS: \`saas\` puts it in vendor:<id>; \`hosting\` says where the vendor runs.
  sign-in: { saas: okta, hosting: [aws] }
  status-page: { saas: atlassian-statuspage, hosting: [aws/us-east-1] }
  ci: { saas: github-actions }

  # A selection of scanned resources (needs an inventory):
  # api:
  #   select: { tags: { service: api }, type: ecs:service }
  #   redundancy: any-region      # all | any | any-region | any-zone

capabilities:
  serve-customers:
    description: Customers can use the product
    requires: [web-app]
  tell-customers:
    description: We can post on our status page during an incident
    requires: [status-page]
    independentOf: [serve-customers]
  ship-a-fix:
    description: We can deploy a hotfix
    # Changing things (plane: control) needs the control planes of what it
    # changes (ECS in us-east-1 for web-app) and the people's AWS sign-in.
    plane: control
    requires: [ci]
    operates: [web-app]

# Where IAM Identity Center lives: people change AWS through their sign-in there.
aws:
  identityCenterRegion: us-east-1

policy:
  maxShare: { region: 0.8 }
`;
