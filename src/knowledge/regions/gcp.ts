/** Google Cloud region names, each list with its sources (read 2026-12). */
import type { RegionList } from '../schema.js';

// ---------------------------------------------------------------------------
// Google Cloud
// ---------------------------------------------------------------------------

export const gcpRegions: RegionList = {
  provider: 'gcp',
  regions: [
    { name: 'africa-south1', description: 'Johannesburg, South Africa' },
    { name: 'asia-east1', description: 'Changhua County, Taiwan' },
    { name: 'asia-east2', description: 'Hong Kong' },
    { name: 'asia-northeast1', description: 'Tokyo, Japan' },
    { name: 'asia-northeast2', description: 'Osaka, Japan' },
    { name: 'asia-northeast3', description: 'Seoul, South Korea' },
    { name: 'asia-south1', description: 'Mumbai, India' },
    { name: 'asia-south2', description: 'Delhi, India' },
    { name: 'asia-southeast1', description: 'Jurong West, Singapore' },
    { name: 'asia-southeast2', description: 'Jakarta, Indonesia' },
    { name: 'asia-southeast3', description: 'Bangkok, Thailand; seen only on a newer product locations page, not in gcloud 528.0.0' },
    { name: 'australia-southeast1', description: 'Sydney, Australia' },
    { name: 'australia-southeast2', description: 'Melbourne, Australia' },
    { name: 'europe-central2', description: 'Warsaw, Poland' },
    { name: 'europe-north1', description: 'Hamina, Finland' },
    { name: 'europe-north2', description: 'Stockholm, Sweden' },
    { name: 'europe-southwest1', description: 'Madrid, Spain' },
    { name: 'europe-west1', description: 'St. Ghislain, Belgium' },
    { name: 'europe-west2', description: 'London, England' },
    { name: 'europe-west3', description: 'Frankfurt, Germany' },
    { name: 'europe-west4', description: 'Eemshaven, Netherlands' },
    { name: 'europe-west6', description: 'Zurich, Switzerland' },
    { name: 'europe-west8', description: 'Milan, Italy' },
    { name: 'europe-west9', description: 'Paris, France' },
    { name: 'europe-west10', description: 'Berlin, Germany' },
    { name: 'europe-west12', description: 'Turin, Italy' },
    { name: 'me-central1', description: 'Doha, Qatar' },
    { name: 'me-central2', description: 'Dammam, Saudi Arabia' },
    { name: 'me-west1', description: 'Tel Aviv, Israel' },
    { name: 'northamerica-northeast1', description: 'Montréal, Québec' },
    { name: 'northamerica-northeast2', description: 'Toronto, Ontario' },
    { name: 'northamerica-south1', description: 'Querétaro, Mexico' },
    { name: 'southamerica-east1', description: 'Osasco, São Paulo, Brazil' },
    { name: 'southamerica-west1', description: 'Santiago, Chile' },
    { name: 'us-central1', description: 'Council Bluffs, Iowa' },
    { name: 'us-east1', description: 'Moncks Corner, South Carolina' },
    { name: 'us-east4', description: 'Ashburn, Virginia' },
    { name: 'us-east5', description: 'Columbus, Ohio' },
    { name: 'us-south1', description: 'Dallas, Texas' },
    { name: 'us-west1', description: 'The Dalles, Oregon' },
    { name: 'us-west2', description: 'Los Angeles, California' },
    { name: 'us-west3', description: 'Salt Lake City, Utah' },
    { name: 'us-west4', description: 'Las Vegas, Nevada' },
    // Names that exist in the API (Artifact Registry hosts in gcloud 528.0.0)
    // but are not on the public region tables read; access is restricted.
    { name: 'us-central2', partition: 'restricted', description: 'Not on public region tables; present in gcloud Artifact Registry host list' },
    { name: 'us-east7', partition: 'restricted', description: 'Not on public region tables; present in gcloud Artifact Registry host list' },
    { name: 'us-west8', partition: 'restricted', description: 'Not on public region tables; present in gcloud Artifact Registry host list' },
  ],
  sources: [
    {
      url: 'https://cloud.google.com/compute/docs/regions-zones',
      date: '2026-12',
      quote: 'The regions Mexico, Osaka, and Montreal have three zones housed in one or two physical data centers.',
    },
    {
      url: 'https://cloud.google.com/workload-manager/docs/evaluate/locations',
      date: '2026-12',
      quote: 'This document provides a list of supported regions where Workload Manager creates evaluation resources.',
    },
    {
      url: 'https://docs.cloud.google.com/app-lifecycle-manager/locations.md.txt',
      date: '2026-12',
      quote: '| Bangkok, Thailand | `asia-southeast3` |',
    },
    {
      url: 'https://cloud.google.com/memorystore/docs/redis/regions',
      date: '2026-12',
      quote: 'africa-south1 Johannesburg',
    },
    {
      // Google Cloud CLI 528.0.0 (2025-06-24), installed copy.
      url: 'https://cloud.google.com/sdk (file lib/googlecloudsdk/core/docker/constants.py, version 528.0.0)',
      date: '2025-06',
      quote: "'northamerica-south1-docker.pkg.dev',",
    },
  ],
};

// Multi-regions, dual-regions and other location names that are not single
// regions. Which of these a service accepts depends on the service.
export const gcpMultiRegions: RegionList = {
  provider: 'gcp',
  regions: [
    { name: 'us', partition: 'multi-region', description: 'United States (Cloud Storage, BigQuery, Artifact Registry, Container Registry)' },
    { name: 'eu', partition: 'multi-region', description: 'European Union (Cloud Storage, BigQuery, Container Registry)' },
    { name: 'asia', partition: 'multi-region', description: 'Asia (Cloud Storage, Artifact Registry, Container Registry)' },
    { name: 'europe', partition: 'multi-region', description: 'Europe as Artifact Registry names it (Cloud Storage uses "eu")' },
    { name: 'asia1', partition: 'dual-region', description: 'Cloud Storage predefined dual-region: Tokyo and Osaka' },
    { name: 'eur4', partition: 'dual-region', description: 'Cloud Storage predefined dual-region (Europe); pair not confirmed in the sources read' },
    { name: 'eur5', partition: 'dual-region', description: 'Cloud Storage predefined dual-region (Europe); pair not confirmed in the sources read' },
    { name: 'eur7', partition: 'dual-region', description: 'Cloud Storage predefined dual-region (Europe); pair not confirmed in the sources read' },
    { name: 'eur8', partition: 'dual-region', description: 'Cloud Storage predefined dual-region (Europe); pair not confirmed in the sources read' },
    { name: 'nam4', partition: 'dual-region', description: 'Cloud Storage predefined dual-region: us-central1 (Iowa) and us-east1 (South Carolina)' },
    { name: 'global', partition: 'global', description: 'Location used by global resources and some APIs; not a region' },
  ],
  sources: [
    {
      url: 'https://cloud.google.com/storage/docs/locations',
      date: '2026-12',
      quote: 'A dual-region is a specific pair of regions, such as Tokyo and Osaka.',
    },
    {
      url: 'https://github.com/googleapis/python-storage/issues/739',
      date: '2022-03',
      quote: "a string with 2 regions concatenated with a '+' (e.g. `US-EAST1+US-WEST1`)",
    },
    {
      url: 'https://cloud.google.com/sdk (file lib/googlecloudsdk/core/docker/constants.py, version 528.0.0)',
      date: '2025-06',
      quote: "REGIONAL_GCR_REGISTRIES = ['us.gcr.io', 'eu.gcr.io', 'asia.gcr.io']",
    },
  ],
};
