/**
 * Bad input: every case gets exactly one line on stderr naming the file, the
 * position and key where there is one, what is wrong and what to do, and exit 2.
 * Never a stack trace, never partial output.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from '../helpers/cli.js';

const snapshot = (resources: unknown[]) => JSON.stringify({ faultlineInventory: 1, scannedAt: '2026-11-20T10:00:00Z', partial: false, errors: [], resources }, null, 2);
const good = `version: 1
name: shop
components:
  ledger: { provider: aws, region: us-east-1 }
capabilities:
  pay: { requires: [ledger] }
`;

interface Case {
  name: string;
  files: Record<string, string>;
  args?: string[];
  line: RegExp;
}

const cases: Case[] = [
  { name: 'a missing manifest', files: {}, line: /^faultline: faultline\.yaml: cannot read the manifest: no such file — run `faultline init`/ },
  { name: 'a YAML syntax error', files: { 'faultline.yaml': 'version: 1\nname: [shop\n' }, line: /^faultline: faultline\.yaml:\d+:\d+ YAML: .+ — fix the YAML syntax/ },
  { name: 'a tab as indentation (the parser then finds many more errors)', files: { 'faultline.yaml': 'version: 1\nname: shop\ncomponents:\n\tcheckout: { provider: aws }\ncapabilities:\n  pay: { requires: [checkout] }\n' }, line: /^faultline: faultline\.yaml:4:1 YAML: Tabs are not allowed as indentation — fix the YAML syntax at this place$/ },
  { name: 'an unclosed bracket', files: { 'faultline.yaml': 'version: 1\nname: shop\ncomponents:\n  checkout: { provider: aws }\ncapabilities:\n  pay: { requires: [checkout }\n  other: { requires: [checkout] }\n' }, line: /^faultline: faultline\.yaml:6:\d+ YAML: .*end with a \] — fix the YAML syntax at this place$/ },
  { name: 'a fraction where a whole number goes', files: { 'faultline.yaml': 'version: 1\nname: x\ncomponents:\n  a: { provider: aws }\n  b: { provider: gcp }\ncapabilities:\n  k: { requires: [{ atLeast: 2.5, of: [a, b] }] }\n' }, line: /^faultline: faultline\.yaml:7:\d+ capabilities\.k\.requires\[0\]\.atLeast: expected a whole number, got number 2\.5 — write a whole number$/ },
  { name: 'a number too large to read', files: { 'faultline.yaml': 'version: 1\nname: x\npolicy:\n  maxShare: { region: 1e400 }\ncomponents:\n  a: { provider: aws }\ncapabilities:\n  k: { requires: [a] }\n' }, line: /^faultline: faultline\.yaml:4:\d+ policy\.maxShare\.region: expected a number, got 1e400, a number too large to read — write a number$/ },
  { name: 'a binary file as the manifest', files: { 'faultline.yaml': 'Z\u0001q\u0002T\u0003)g\u0004B{;o>r \\yu^58+n vp t|'.repeat(12) }, line: /^faultline: faultline\.yaml:1:1 expected a map, got "[^"]{1,41}" \(\d+ characters, not all printable\) — write a map of key: value$/ },
  { name: 'a duplicate component id', files: { 'faultline.yaml': good.replace('capabilities:', '  ledger: { provider: gcp }\ncapabilities:') }, line: /^faultline: faultline\.yaml:5:3 duplicate key "ledger" — each id may appear once/ },
  { name: 'an unknown top-level key', files: { 'faultline.yaml': good.replace('capabilities:', 'capabilites:\n  x: { requires: [ledger] }\ncapabilities:') }, line: /^faultline: faultline\.yaml:5:1 capabilites: unknown key "capabilites" — did you mean "capabilities"\?$/ },
  { name: 'an unknown component key', files: { 'faultline.yaml': good.replace('{ provider: aws, region: us-east-1 }', '{ provider: aws, regoin: us-east-1 }') }, line: /^faultline: faultline\.yaml:4:28 components\.ledger\.regoin: unknown key "regoin" — did you mean "region"\?$/ },
  { name: 'an unknown component reference', files: { 'faultline.yaml': good.replace('requires: [ledger]', 'requires: [leger]') }, line: /^faultline: faultline\.yaml:6:21 capabilities\.pay\.requires\[0\]: unknown component "leger" — did you mean "ledger"\?$/ },
  { name: 'a component requiring itself', files: { 'faultline.yaml': good.replace('{ provider: aws, region: us-east-1 }', '{ provider: aws, requires: [ledger] }') }, line: /^faultline: faultline\.yaml:4:39 components\.ledger\.requires\[0\]: "ledger" requires itself — remove this term/ },
  { name: 'atLeast larger than its list', files: { 'faultline.yaml': good.replace('requires: [ledger]', 'requires: [{ atLeast: 3, of: [ledger, ledger] }]') }, line: /^faultline: faultline\.yaml:6:32 capabilities\.pay\.requires\[0\]\.atLeast: atLeast 3 is larger than its list of 2 — use a number from 1 to 2$/ },
  { name: 'atLeast of zero', files: { 'faultline.yaml': good.replace('requires: [ledger]', 'requires: [{ atLeast: 0, of: [ledger] }]') }, line: /^faultline: faultline\.yaml:6:\d+ capabilities\.pay\.requires\[0\]\.atLeast: must be at least 1/ },
  { name: 'a term with a misspelt group key', files: { 'faultline.yaml': good.replace('requires: [ledger]', 'requires: [{ anyof: [ledger] }]') }, line: /^faultline: faultline\.yaml:6:\d+ capabilities\.pay\.requires\[0\]\.anyof: unknown key "anyof" — did you mean "anyOf"\?$/ },
  { name: 'a term that is a number', files: { 'faultline.yaml': good.replace('requires: [ledger]', 'requires: [42]') }, line: /^faultline: faultline\.yaml:6:21 capabilities\.pay\.requires\[0\]: number 42 is not a requirement term — write a component id/ },
  { name: 'an empty requires list on a capability', files: { 'faultline.yaml': good.replace('requires: [ledger]', 'requires: []') }, line: /^faultline: faultline\.yaml:6:20 capabilities\.pay\.requires: must not be empty/ },
  { name: 'a select that matches nothing', files: { 'faultline.yaml': `version: 1\nname: shop\ninventory: [{ file: inv.json }]\ncomponents:\n  api: { select: { tags: { service: apii } } }\ncapabilities:\n  pay: { requires: [api] }\n`, 'inv.json': snapshot([{ id: 'arn:aws:ecs:us-east-1:1:service/x', provider: 'aws', region: 'us-east-1', type: 'ecs:service', tags: { service: 'api' } }]) }, line: /^faultline: faultline\.yaml:5:18 components\.api\.select: select matches none of the 1 resource of the inventory — check its tags against the inventory/ },
  { name: 'a select without an inventory', files: { 'faultline.yaml': `version: 1\nname: shop\ncomponents:\n  api: { select: { type: ecs:service } }\ncapabilities:\n  pay: { requires: [api] }\n` }, line: /^faultline: faultline\.yaml:4:18 components\.api\.select: select needs scanned resources, but the manifest has no inventory — add `inventory/ },
  { name: 'bad domain syntax', files: { 'faultline.yaml': good.replace('{ provider: aws, region: us-east-1 }', '{ provider: aws, domains: ["region:us-east-1"] }') }, line: /^faultline: faultline\.yaml:4:\d+ components\.ledger\.domains\[0\]: "region:us-east-1" is not a valid region domain — write region:<provider>\/<region>/ },
  { name: 'an unknown domain kind', files: { 'faultline.yaml': good.replace('{ provider: aws, region: us-east-1 }', '{ provider: aws, domains: ["planet:earth"] }') }, line: /^faultline: faultline\.yaml:4:\d+ components\.ledger\.domains\[0\]: unknown domain kind "planet" — use one of provider, region/ },
  { name: 'a region without a provider', files: { 'faultline.yaml': good.replace('{ provider: aws, region: us-east-1 }', '{ region: us-east-1 }') }, line: /^faultline: faultline\.yaml:4:21 components\.ledger\.region: region "us-east-1" needs a provider — add provider:/ },
  { name: 'a bad hosting entry', files: { 'faultline.yaml': good.replace('{ provider: aws, region: us-east-1 }', '{ saas: x, hosting: [aws/us-east-1/a] }') }, line: /^faultline: faultline\.yaml:4:\d+ components\.ledger\.hosting\[0\]: "aws\/us-east-1\/a" is not a hosting location — write <provider> or <provider>\/<region>/ },
  { name: 'a misspelt AWS region', files: { 'faultline.yaml': good.replace('region: us-east-1', 'region: eu-centrl-1') }, line: /^faultline: faultline\.yaml:4:\d+ components\.ledger\.region: "eu-centrl-1" is not an AWS region — did you mean "eu-central-1"\?$/ },
  { name: 'a misspelt region in a domain', files: { 'faultline.yaml': good.replace('{ provider: aws, region: us-east-1 }', '{ provider: aws, domains: ["region:gcp/europe-wst1"] }') }, line: /^faultline: faultline\.yaml:4:\d+ components\.ledger\.domains\[0\]: "europe-wst1" is not a Google Cloud region — did you mean "europe-west1"\?$/ },
  { name: 'a misspelt gate region', files: { 'faultline.yaml': `${good}policy:\n  failOn: [ { newSingleRegion: us-est-1 } ]\n` }, line: /^faultline: faultline\.yaml:8:\d+ policy\.failOn\[0\]\.newSingleRegion: "us-est-1" is not an AWS region — did you mean "us-east-1"\?$/ },
  { name: 'a provider with a space', files: { 'faultline.yaml': good.replace('{ provider: aws, region: us-east-1 }', '{ provider: "on prem" }') }, line: /^faultline: faultline\.yaml:4:\d+ components\.ledger\.provider: provider "on prem" cannot name a failure domain \(lower case letters, digits, \. _ - only\) — write "on-prem"$/ },
  { name: 'a vendor that cannot be a name', files: { 'faultline.yaml': good.replace('{ provider: aws, region: us-east-1 }', '{ saas: "Acme Chat" }') }, line: /^faultline: faultline\.yaml:4:\d+ components\.ledger\.saas: vendor "Acme Chat" cannot name a failure domain .* — write "acme-chat"$/ },
  { name: 'a misspelt catalog vendor', files: { 'faultline.yaml': good.replace('{ provider: aws, region: us-east-1 }', '{ saas: intercomm }') }, line: /^faultline: faultline\.yaml:4:\d+ components\.ledger\.saas: "intercomm" is not a vendor faultline knows — did you mean "intercom"\?/ },
  { name: 'a misspelt CloudFormation type', files: { 'faultline.yaml': good.replace('region: us-east-1 }', 'region: us-east-1, type: "AWS::DynamoDB::Tabel" }') }, line: /^faultline: faultline\.yaml:4:\d+ components\.ledger\.type: "AWS::DynamoDB::Tabel" is not a CloudFormation type faultline knows — did you mean "AWS::DynamoDB::Table"\?$/ },
  { name: 'an ambiguous AWS type', files: { 'faultline.yaml': good.replace('region: us-east-1 }', 'region: us-east-1, type: aurora }') }, line: /^faultline: faultline\.yaml:4:\d+ components\.ledger\.type: "aurora" could be any of rds:cluster, rds:db, rds:global-cluster — write the one you mean$/ },
  { name: 'a snapshot region that cannot name a domain', files: { 'faultline.yaml': `version: 1\nname: shop\ninventory: [{ file: inv.json }]\ncomponents:\n  api: { select: { type: ecs } }\ncapabilities:\n  pay: { requires: [api] }\n`, 'inv.json': snapshot([{ id: 'arn:aws:ecs:us-east-1:1:service/x', provider: 'aws', region: 'US East 1', type: 'ecs:service' }]) }, line: /^faultline: inv\.json:\d+:\d+ resources\[0\]\.region: "US East 1" cannot name a failure domain \(lower case letters, digits, \. _ - only\) — write the region as the cloud names it, e.g\. us-east-1$/ },
  { name: 'a suppression date in another form', files: { 'faultline.yaml': `${good}suppress:\n  - { capability: pay, component: ledger, reason: moving, until: "31/12/2026" }\n` }, line: /^faultline: faultline\.yaml:8:\d+ suppress\[0\]\.until: "31\/12\/2026" is not written as it must be — write the date as YYYY-MM-DD, e\.g\. 2027-03-31$/ },
  { name: 'a suppression date that is no day', files: { 'faultline.yaml': `${good}suppress:\n  - { capability: pay, component: ledger, reason: moving, until: "2026-02-30" }\n` }, line: /^faultline: faultline\.yaml:8:\d+ suppress\[0\]\.until: there is no such day — write a real date as YYYY-MM-DD$/ },
  { name: 'a scenario name with a space', files: { 'faultline.yaml': `${good}scenarios:\n  "Region Loss": { fail: [ledger] }\n` }, line: /^faultline: faultline\.yaml:8:3 scenarios\["Region Loss"\]: "Region Loss" cannot be a key here — a scenario name is written in lower case letters, digits and -, e\.g\. region-loss$/ },
  { name: 'a snapshot dependency from no resource of its file', files: { 'faultline.yaml': `version: 1\nname: shop\ninventory: [{ file: inv.json }]\ncomponents:\n  api: { select: { type: ecs } }\ncapabilities:\n  pay: { requires: [api] }\n`, 'inv.json': JSON.stringify({ faultlineInventory: 1, scannedAt: '2026-11-20T10:00:00Z', resources: [{ id: 'arn:aws:ecs:us-east-1:1:service/x', provider: 'aws', region: 'us-east-1', type: 'ecs:service' }], dependencies: [{ from: 'arn:aws:ecs:us-east-1:1:service/y', to: ['arn:aws:s3:::b'] }] }, null, 2) }, line: /^faultline: inv\.json:\d+:\d+ dependencies\[0\]\.from: arn:aws:ecs:us-east-1:1:service\/y is no resource of this file — a dependency starts at a resource of the same snapshot/ },
  { name: 'a snapshot scanned on a day that does not exist', files: { 'faultline.yaml': `version: 1\nname: shop\ninventory: [{ file: inv.json }]\ncomponents:\n  api: { select: { type: ecs } }\ncapabilities:\n  pay: { requires: [api] }\n`, 'inv.json': snapshot([{ id: 'arn:aws:ecs:us-east-1:1:service/x', provider: 'aws', region: 'us-east-1', type: 'ecs:service' }]).replace('2026-11-20T10:00:00Z', '2026-02-30T10:00:00Z') }, line: /^faultline: inv\.json:\d+:\d+ scannedAt: 2026-02-30T10:00:00Z is no real time — e\.g\. "2026-11-20T10:00:00Z"$/ },
  { name: 'a YAML tag faultline does not read', files: { 'faultline.yaml': good.replace('{ provider: aws, region: us-east-1 }', '!!js/function "function () {}"') }, line: /^faultline: faultline\.yaml:4:\d+ YAML: a tag faultline does not read: tag:yaml\.org,2002:js\/function — remove the tag: a manifest holds plain values$/ },
  { name: 'an alias to no anchor', files: { 'faultline.yaml': good.replace('{ provider: aws, region: us-east-1 }', '*nope') }, line: /^faultline: faultline\.yaml:4:\d+ YAML: the alias \*nope refers to no anchor before it — define &nope before it is used, or write the value itself$/ },
  { name: 'aliases that expand without bound', files: { 'faultline.yaml': 'version: 1\nname: bomb\ncomponents:\n  a: {}\ncapabilities:\n  k:\n    requires:\n      - &l0 { anyOf: [a, a] }\n      - &l1 { anyOf: [*l0, *l0] }\n      - &l2 { anyOf: [*l1, *l1] }\n      - &l3 { anyOf: [*l2, *l2] }\n      - &l4 { anyOf: [*l3, *l3] }\n      - &l5 { anyOf: [*l4, *l4] }\n      - &l6 { anyOf: [*l5, *l5] }\n      - &l7 { anyOf: [*l6, *l6] }\n      - &l8 { anyOf: [*l7, *l7] }\n      - &l9 { anyOf: [*l8, *l8] }\n      - &l10 { anyOf: [*l9, *l9] }\n      - &l11 { anyOf: [*l10, *l10] }\n      - &l12 { anyOf: [*l11, *l11] }\n      - &l13 { anyOf: [*l12, *l12] }\n      - &l14 { anyOf: [*l13, *l13] }\n      - &l15 { anyOf: [*l14, *l14] }\n' }, line: /^faultline: faultline\.yaml: YAML: its aliases expand to more than 100 copies — write the repeated parts out/ },
  { name: 'nesting deeper than a parser can walk', files: { 'faultline.yaml': `version: 1\nname: deep\ncomponents:\n  a: {}\ncapabilities:\n  k: { requires: [${'{ anyOf: ['.repeat(3000)}a${'] }'.repeat(3000)}] }\n` }, line: /^faultline: faultline\.yaml:6:\d+ YAML: the document nests deeper than faultline can read \(it gave up here\) — a manifest needs a few levels of nesting; flatten the structure$/ },
  { name: 'a snapshot with a null error', files: { 'faultline.yaml': `version: 1\nname: shop\ninventory: [{ file: inv.json }]\ncomponents:\n  api: { select: { type: ecs } }\ncapabilities:\n  pay: { requires: [api] }\n`, 'inv.json': snapshot([{ id: 'arn:aws:ecs:us-east-1:1:service/x', provider: 'aws', region: 'us-east-1', type: 'ecs:service' }]).replace('"errors": []', '"errors": [null]') }, line: /^faultline: inv\.json:\d+:\d+ errors\[0\]: must be an object, got null — each error is/ },
  { name: 'version 2', files: { 'faultline.yaml': good.replace('version: 1', 'version: 2') }, line: /^faultline: faultline\.yaml:1:10 version: 2 is not allowed — use 1$/ },
  { name: 'a missing name', files: { 'faultline.yaml': good.replace('name: shop\n', '') }, line: /^faultline: faultline\.yaml:1:1 name: missing key "name" — add name: <string>$/ },
  { name: 'an empty manifest', files: { 'faultline.yaml': '# nothing yet\n' }, line: /^faultline: faultline\.yaml: the manifest is empty — run `faultline init`/ },
  { name: 'a misspelt redundancy', files: { 'faultline.yaml': `version: 1\nname: shop\ncomponents:\n  api: { select: { type: ecs }, redundancy: any-regoin }\ncapabilities:\n  pay: { requires: [api] }\n` }, line: /^faultline: faultline\.yaml:4:45 components\.api\.redundancy: "any-regoin" is not allowed — did you mean "any-region"\?$/ },
  { name: 'redundancy without select', files: { 'faultline.yaml': good.replace('{ provider: aws, region: us-east-1 }', '{ provider: aws, redundancy: any }') }, line: /^faultline: faultline\.yaml:4:\d+ components\.ledger\.redundancy: redundancy applies to select, and this component has none/ },
  { name: 'an unknown capability in independentOf', files: { 'faultline.yaml': good.replace('requires: [ledger] }', 'requires: [ledger], independentOf: [pya] }') }, line: /^faultline: faultline\.yaml:6:\d+ capabilities\.pay\.independentOf\[0\]: unknown capability "pya"/ },
  { name: 'an id that is both component and capability', files: { 'faultline.yaml': good.replace('  pay: { requires: [ledger] }', '  pay: { requires: [ledger] }\n  ledger: { requires: [pay] }') }, line: /^faultline: faultline\.yaml:7:\d+ capabilities\.ledger: id "ledger" is both a component and a capability — rename one of them$/ },
  { name: 'a component named __proto__', files: { 'faultline.yaml': good.replace('capabilities:', '  __proto__: { provider: gcp }\ncapabilities:') }, line: /^faultline: faultline\.yaml:5:3 components\.__proto__: "__proto__" cannot be an id — an id starts with a letter or digit; rename it$/ },
  { name: 'a capability named __proto__', files: { 'faultline.yaml': `${good}  __proto__: { requires: [ledger] }\n` }, line: /^faultline: faultline\.yaml:7:3 capabilities\.__proto__: "__proto__" cannot be an id — an id starts with a letter or digit; rename it$/ },
  { name: 'a scenario named __proto__', files: { 'faultline.yaml': `${good}scenarios:\n  __proto__: { fail: [ledger] }\n` }, line: /^faultline: faultline\.yaml:8:3 scenarios\.__proto__: "__proto__" cannot be a scenario name — a scenario name starts with a lower-case letter or digit; rename it$/ },
  { name: 'a select on the tag key __proto__', files: { 'faultline.yaml': `version: 1\nname: shop\ninventory: [{ file: inv.json }]\ncomponents:\n  api: { select: { tags: { __proto__: api } } }\ncapabilities:\n  pay: { requires: [api] }\n`, 'inv.json': snapshot([{ id: 'arn:aws:ecs:us-east-1:1:service/x', provider: 'aws', region: 'us-east-1', type: 'ecs:service', tags: { service: 'web' } }]) }, line: /^faultline: faultline\.yaml:5:28 components\.api\.select\.tags\.__proto__: "__proto__" cannot be a tag key to select on — select on another tag, or tag the resources faultline:component=<component id>$/ },
  { name: 'an unknown key __proto__', files: { 'faultline.yaml': good.replace('{ provider: aws, region: us-east-1 }', '{ provider: aws, __proto__: { region: us-east-1 } }') }, line: /^faultline: faultline\.yaml:4:28 components\.ledger\.__proto__: unknown key "__proto__" — allowed keys: account, category, / },
  { name: 'a scanned resource whose id is a component id', files: { 'faultline.yaml': `version: 1\nname: shop\ninventory: [{ file: inv.json }]\ncomponents:\n  ledger: { provider: aws, region: us-east-1 }\ncapabilities:\n  pay: { requires: [ledger] }\n`, 'inv.json': snapshot([{ id: 'ledger', provider: 'aws', region: 'us-east-1', type: 'dynamodb:table' }]) }, line: /^faultline: inv\.json:8:13 resources\[0\]\.id: "ledger" is also the id of a component — a scanned resource is named by its ARN; fix the snapshot, or rename the component$/ },
  { name: 'a scanned resource whose id is a capability id', files: { 'faultline.yaml': `version: 1\nname: shop\ninventory: [{ file: inv.json }]\ncomponents:\n  ledger: { provider: aws, region: us-east-1 }\ncapabilities:\n  pay: { requires: [ledger] }\n`, 'inv.json': snapshot([{ id: 'arn:aws:s3:::b', provider: 'aws', type: 's3:bucket' }, { id: 'pay', provider: 'aws', region: 'us-east-1', type: 'dynamodb:table' }]) }, line: /^faultline: inv\.json:13:13 resources\[1\]\.id: "pay" is also the id of a capability — a scanned resource is named by its ARN; fix the snapshot, or rename the capability$/ },
  { name: 'a scanned resource whose id is a failure domain', files: { 'faultline.yaml': `version: 1\nname: shop\ninventory: [{ file: inv.json }]\ncomponents:\n  ledger: { provider: aws, region: us-east-1 }\ncapabilities:\n  pay: { requires: [ledger] }\n`, 'inv.json': snapshot([{ id: 'region:aws/us-east-1', provider: 'aws', region: 'us-east-1', type: 'dynamodb:table' }]) }, line: /^faultline: inv\.json:8:13 resources\[0\]\.id: "region:aws\/us-east-1" has the form of a failure domain — a scanned resource is named by its ARN; fix the snapshot$/ },
  { name: 'a scanned resource whose id is a requirement group\'s', files: { 'faultline.yaml': `version: 1\nname: shop\ninventory: [{ file: inv.json }]\ncomponents:\n  ledger: { provider: aws, region: us-east-1 }\ncapabilities:\n  pay: { requires: [ledger] }\n`, 'inv.json': snapshot([{ id: 'ledger#1', provider: 'aws', region: 'us-east-1', type: 'dynamodb:table' }]) }, line: /^faultline: inv\.json:8:13 resources\[0\]\.id: "ledger#1" has the form of a requirement group's id \(<component>#<number>\) — a scanned resource is named by its ARN; fix the snapshot$/ },
  { name: 'a share above 1', files: { 'faultline.yaml': `${good}policy:\n  maxShare: { region: 1.5 }\n` }, line: /^faultline: faultline\.yaml:8:\d+ policy\.maxShare\.region: must be at most 1/ },
  { name: 'a missing snapshot file', files: { 'faultline.yaml': `version: 1\nname: shop\ninventory:\n  - file: nope.json\ncapabilities:\n  pay: { requires: [x] }\ncomponents:\n  x: {}\n` }, line: /^faultline: faultline\.yaml:4:11 inventory\[0\]\.file: cannot read snapshot .*nope\.json: no such file — run `faultline scan`/ },
  { name: 'a snapshot that is not JSON', files: { 'faultline.yaml': `version: 1\nname: shop\ninventory: [{ file: inv.json }]\ncapabilities:\n  pay: { requires: [x] }\ncomponents:\n  x: {}\n`, 'inv.json': '{ "faultlineInventory": 1,\n  "resources": [ }' }, line: /^faultline: .*inv\.json:2:\d+ is not valid JSON/ },
  { name: 'a snapshot resource without a provider', files: { 'faultline.yaml': `version: 1\nname: shop\ninventory: [{ file: inv.json }]\ncapabilities:\n  pay: { requires: [x] }\ncomponents:\n  x: {}\n`, 'inv.json': snapshot([{ id: 'arn:aws:s3:::b', type: 's3:bucket' }]) }, line: /^faultline: .*inv\.json:\d+:\d+ resources\[0\]\.provider: is missing — add "provider"/ },
  { name: 'a scenario failing a domain the estate does not have', files: { 'faultline.yaml': `${good}scenarios:\n  ledger-gone: { fail: [region:aws/us-east-2] }\n` }, args: ['export'], line: /^faultline: faultline\.yaml:8:25 scenarios\.ledger-gone\.fail\[0\]: "region:aws\/us-east-2" is neither a component nor a failure domain of this estate — did you mean "region:aws\/us-east-1"\?$/ },
  { name: 'the manifest given as the baseline', files: { 'faultline.yaml': good }, args: ['check', '--baseline', 'faultline.yaml'], line: /^faultline: faultline\.yaml:1:1 is not JSON, so not a faultline baseline: it begins with "version: 1" — give the file `faultline baseline` wrote \(faultline\.baseline\.json\)$/ },
  { name: 'a baseline broken where Node names no position', files: { 'faultline.yaml': good, 'bl.json': '{\n  "faultlineBaseline": 1,\n  "pairs": [,]\n}\n' }, args: ['check', '--baseline', 'bl.json'], line: /^faultline: bl\.json:3:13 is not valid JSON — write it again with `faultline baseline --out bl\.json`$/ },
  { name: 'serve with a baseline that is not there', files: { 'faultline.yaml': good }, args: ['serve', '--port', '0', '--baseline', 'nope.json'], line: /^faultline: nope\.json: cannot read the baseline \(ENOENT\); write one with `faultline baseline --out nope\.json`$/ },
  { name: 'an unknown option', files: { 'faultline.yaml': good }, args: ['analyze', '--fomat', 'json'], line: /^faultline: unknown option '--fomat' — did you mean --format\?$/ },
  { name: 'a bad --format value', files: { 'faultline.yaml': good }, args: ['analyze', '--format', 'xml'], line: /^faultline: --format xml: use one of text, json$/ },
  { name: 'a --max-order out of range', files: { 'faultline.yaml': good }, args: ['analyze', '--max-order', '9'], line: /^faultline: --max-order 9: use a whole number from 1 to 4$/ },
  { name: 'simulate with a region the estate does not use', files: { 'faultline.yaml': good }, args: ['simulate', '--fail', 'region:aws/us-east-2'], line: /^faultline: --fail region:aws\/us-east-2: nothing in this estate is in that region; list the estate's domains with `faultline analyze`$/ },
  { name: 'simulate with an unknown domain', files: { 'faultline.yaml': good }, args: ['simulate', '--fail', 'vendor:intercon'], line: /^faultline: --fail vendor:intercon: no component is in this domain; list domains with `faultline analyze`$/ },
  { name: 'simulate with a bare region name', files: { 'faultline.yaml': good }, args: ['simulate', '--fail', 'us-east-1'], line: /^faultline: --fail us-east-1: not a component or failure domain; did you mean "region:aws\/us-east-1"\?$/ },
  { name: 'simulate without --fail', files: { 'faultline.yaml': good }, args: ['simulate'], line: /^faultline: say what fails: --fail <domain-or-component> or --scenario <name>$/ },
  { name: 'simulate with an unknown scenario', files: { 'faultline.yaml': good }, args: ['simulate', '--scenario', 'aws-us-east-1-2025-11'], line: /^faultline: --scenario aws-us-east-1-2025-11: no such scenario; did you mean "aws-us-east-1-2025-10"\?$/ },
  { name: 'an unknown command', files: {}, args: ['analyse'], line: /^faultline: unknown command 'analyse' — did you mean analyze\?$/ },
  { name: 'a command without a required option', files: {}, args: ['baseline'], line: /^faultline: required option '-o, --out <file>' not specified; `faultline baseline --help` lists its options$/ },
  { name: 'an option without its value', files: {}, args: ['analyze', '--max-age'], line: /^faultline: option '--max-age <duration>' argument missing; `faultline analyze --help` lists its options$/ },
];

describe('bad input', () => {
  it('has at least 30 distinct cases', () => {
    expect(new Set(cases.map((c) => c.name)).size).toBeGreaterThanOrEqual(30);
  });

  for (const c of cases) {
    it(`reports ${c.name} in one line and exits 2`, () => {
      const dir = workspace(c.files);
      const result = runCli(c.args ?? ['analyze'], { cwd: dir });
      expect(result.code, result.stderr).toBe(2);
      expect(result.stdout).toBe('');
      const lines = result.stderr.split('\n').filter((line) => line !== '');
      expect(lines, result.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(c.line);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('says that a manifest with no capability audits nothing, on stderr and in the summary', () => {
    const result = runCli(['analyze'], { cwd: workspace({ 'faultline.yaml': 'version: 1\nname: x\ncapabilities: {}\n' }) });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('faultline: warning: capabilities: the manifest names none, so nothing is audited');
    expect(result.stdout).toContain('The manifest names no capability: nothing was audited.');
  });

  it('init refuses to overwrite an existing manifest and leaves it as it was', () => {
    const dir = workspace({ 'faultline.yaml': good });
    const result = runCli(['init'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^faultline: faultline\.yaml already exists and was left as it is/);
    expect(readFileSync(path.join(dir, 'faultline.yaml'), 'utf8')).toBe(good);
  });

  it('--out refuses to overwrite the manifest it read', () => {
    const dir = workspace({ 'faultline.yaml': good });
    const result = runCli(['analyze', '--out', 'faultline.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('faultline: --out faultline.yaml: that is faultline.yaml, an input of this run, and would be overwritten; choose another file\n');
    expect(readFileSync(path.join(dir, 'faultline.yaml'), 'utf8')).toBe(good);
  });
});
