import type { RuleMeta } from '../types.js';

export const meta: RuleMeta = {
  id: 'unlocated',
  severity: 'medium',
  title: 'A catalog entity says nowhere where it runs',
  why: 'An entity with no placement is in no failure domain: no region, provider or vendor outage takes it down in the analysis, so what it stands for looks safer than anything placed. An audit gap, never a pass.',
  fix: 'Annotate the entity with where it runs (faultline/provider and faultline/region, faultline/saas), tie it to its cloud resources (amazonaws.com/arn, aws.amazon.com/amazon-ecs-service-tags, faultline/tags), or declare it in the manifest.',
};
