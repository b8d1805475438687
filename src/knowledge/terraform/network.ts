/** What a Terraform reference means at run time: VPCs, subnets, routes, gateways, addresses, security groups, endpoints and network ACLs. Sources: see ./sources.ts. */
import type { TerraformTypeRule } from './schema.js';
import { AWS, judged, p } from './sources.js';

export const networkRules: readonly TerraformTypeRule[] = [
  {
    terraform: 'aws_vpc',
    role: 'resource',
    notes: 'A regional container; kept as a node so that subnets and gateways have a parent.',
    sources: [p('vpc', 'Provides a VPC resource.')],
  },
  {
    terraform: 'aws_subnet',
    role: 'resource',
    needs: [
      judged('vpc_id', false, 'Containment: a subnet is part of its VPC.', [p('subnet', 'The VPC ID.')]),
    ],
    notes: 'The subnet carries the Availability Zone (availability_zone, an attribute) that places everything in it. Its route table reaches it through aws_route_table_association (glue), and the route table passes on its routes\' needs.',
    sources: [p('subnet', 'Provides an VPC subnet resource.'), p('subnet', 'The AZ for the subnet.')],
  },
  {
    terraform: 'aws_route_table',
    role: 'config',
    needs: [
      judged('route.nat_gateway_id|route.gateway_id|route.transit_gateway_id|route.vpc_peering_connection_id|route.network_interface_id|route.instance_id|route.egress_only_gateway_id', false, 'A route is needed by traffic to its destination. A 0.0.0.0/0 route through a NAT gateway is needed by every workload in the associated subnets that calls the internet or public AWS endpoints without a VPC endpoint; faultline should keep the destination with the edge.', [p('route_table', 'Identifier of a VPC NAT gateway.'), AWS.natShared]),
    ],
    notes: 'No configOf: shared by the subnets associated with it, which inherit these needs. The local route for the VPC CIDR is implicit and needs nothing.',
    sources: [p('route_table', 'the default route, mapping the VPC\'s CIDR block to')],
  },
  {
    terraform: 'aws_route',
    role: 'glue',
    joins: {
      needer: 'route_table_id',
      needed: 'nat_gateway_id|gateway_id|transit_gateway_id|vpc_peering_connection_id|network_interface_id|vpc_endpoint_id|egress_only_gateway_id|carrier_gateway_id|local_gateway_id|core_network_arn',
      why: 'A route entry sends the table\'s traffic for its destination to the target; the subnets associated with the table inherit the need through the table.',
      judgement: true,
      sources: [p('route', 'Provides a resource to create a routing table entry (a route) in a VPC routing table.'), p('route', 'The ID of the routing table.'), p('route', 'Identifier of a VPC NAT gateway.'), AWS.natShared],
    },
    sources: [p('route', 'Provides a resource to create a routing table entry (a route) in a VPC routing table.')],
  },
  {
    terraform: 'aws_route_table_association',
    role: 'glue',
    joins: {
      needer: 'subnet_id|gateway_id',
      needed: 'route_table_id',
      why: 'The subnet (or, for edge routing, the gateway) routes its traffic by the table.',
      sources: [p('route_table_association', 'The subnet ID to create an association.'), p('route_table_association', 'The ID of the routing table to associate with.'), p('route_table_association', 'The gateway ID to create an association.')],
    },
    sources: [p('route_table_association', 'Provides a resource to create an association between a route table and a subnet or a route table and an')],
  },
  {
    terraform: 'aws_internet_gateway',
    role: 'resource',
    notNeeds: [
      { argument: 'vpc_id', why: 'Attachment: routes in the VPC need the gateway, not the reverse.', judgement: true, sources: [p('internet_gateway', 'The VPC ID to create in.')] },
    ],
    notes: 'The provider page recommends depends_on from instances and Elastic IPs to the gateway, an ordering edge behind which a real need may hide (public instances reach the internet through it, by routes).',
    sources: [p('internet_gateway', 'Provides a resource to create a VPC Internet Gateway.'), p('internet_gateway', "It's recommended to denote that the AWS Instance or Elastic IP depends on the Internet Gateway.")],
  },
  {
    terraform: 'aws_nat_gateway',
    role: 'resource',
    needs: [
      { argument: 'subnet_id', alternatives: false, why: 'A zonal NAT gateway lives in one subnet and zone; resources in other zones that route through it lose internet access when that zone is down.', sources: [p('nat_gateway', 'The Subnet ID of the subnet in which to place the gateway.'), AWS.natAz, AWS.natShared] },
      judged('allocation_id|secondary_allocation_ids', false, 'A public NAT gateway translates to its Elastic IP addresses.', [p('nat_gateway', 'The Allocation ID of the Elastic IP address for the gateway.')]),
    ],
    notes: 'A newer regional mode spans zones; when the gateway is regional, subnet_id is not a zonal placement. The provider page read here predates it. Its example uses depends_on on the internet gateway "to ensure proper ordering", though the gateway also needs the internet gateway at run time through its subnet\'s routes.',
    sources: [p('nat_gateway', 'To ensure proper ordering, it is recommended to add an explicit dependency'), AWS.natRegional],
  },
  {
    terraform: 'aws_eip',
    role: 'config',
    needs: [
      judged('instance|network_interface', false, 'Traffic to the address reaches the instance or interface; whoever references the address (a DNS record\'s records, for example) needs what it points at.', [p('eip', 'EC2 instance ID.'), p('eip', 'Network interface ID to associate with.'), p('eip', 'Contains the public IP address.')]),
    ],
    notes: 'No configOf: an address is a pointer with no failure of its own. A NAT gateway or load balancer that allocates it needs nothing further from it.',
    sources: [p('eip', 'Network interface ID to associate with.')],
  },
  {
    terraform: 'aws_security_group',
    role: 'policy',
    notNeeds: [
      { argument: 'ingress.security_groups|egress.security_groups', why: 'Rules that allow traffic from or to another group\'s members; evidence of a possible call path, not a requirement.', judgement: true, sources: [p('security_group', 'List of security group Group Names if using EC2-Classic, or Group IDs if using a VPC.')] },
      { argument: 'vpc_id', why: 'Placement.', judgement: true, sources: [p('security_group', '(Optional, Forces new resource) VPC ID.')] },
    ],
    notes: 'Judgement: firewall rules applied to each network interface, with no failure mode of their own, so role policy. A wrong rule is a change risk, not a single point of failure.',
    sources: [p('security_group', 'List of security group Group Names if using EC2-Classic, or Group IDs if using a VPC.')],
  },
  {
    terraform: 'aws_security_group_rule',
    role: 'policy',
    notNeeds: [
      { argument: 'security_group_id|source_security_group_id', why: 'The rule permits traffic between two groups. Collapsing it into a requirement edge would invent a dependency; faultline may keep it as a "permits" hint.', judgement: true, sources: [p('security_group_rule', 'Security group to apply this rule to.'), p('security_group_rule', 'Security group id to allow access to/from, depending on the `type`.')] },
    ],
    notes: 'The brief suggested glue; classified policy because what it joins is a permission, not a need. aws_vpc_security_group_ingress_rule and aws_vpc_security_group_egress_rule (newer, not read) should be treated the same.',
    sources: [p('security_group_rule', 'Provides a security group rule resource.')],
  },
  {
    terraform: 'aws_vpc_endpoint',
    role: 'resource',
    needs: [
      { argument: 'subnet_ids', alternatives: true, why: 'An interface endpoint has a network interface in each subnet; the subnets in different zones are alternatives.', judgement: true, sources: [p('vpc_endpoint', 'Interface type endpoints cannot function without being assigned to a subnet.')] },
    ],
    neededBy: [
      judged('route_table_ids', false, 'A gateway endpoint is a route target in those tables; the tables (and their subnets) need the endpoint for traffic to the service.', [p('vpc_endpoint', 'One or more route table IDs. Applicable for endpoints of type `Gateway`.')]),
    ],
    notNeeds: [
      { argument: 'security_group_ids|policy', why: 'Firewall rules and an access policy.', judgement: true, sources: [p('vpc_endpoint', 'The ID of one or more security groups to associate with the network interface.'), p('vpc_endpoint', 'A policy to attach to the endpoint that controls access to the service.')] },
      { argument: 'vpc_id', why: 'Placement.', judgement: true, sources: [p('vpc_endpoint', 'The ID of the VPC in which the endpoint will be used.')] },
    ],
    sources: [p('vpc_endpoint', 'Interface type endpoints cannot function without being assigned to a subnet.')],
  },
  {
    terraform: 'aws_network_acl',
    role: 'policy',
    notNeeds: [
      { argument: 'subnet_ids|vpc_id', why: 'The ACL filters traffic of those subnets; it is applied, not called.', judgement: true, sources: [p('network_acl', 'A list of Subnet IDs to apply the ACL to')] },
    ],
    sources: [p('network_acl', 'Provides an network ACL resource.')],
  },
];
