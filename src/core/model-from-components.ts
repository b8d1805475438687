/**
 * A Model from its components alone, as the report page receives them: the
 * lookup tables are derived again, so the page runs the same engine.
 */
import type { Component, Model } from './model.js';

export function modelFromComponents(name: string, components: Component[]): Model {
  const positions = new Map(components.map((component, v) => [component.id, v]));
  let byId: Map<string, Component> | undefined;
  return {
    name,
    components,
    positions,
    get byId() {
      return (byId ??= new Map(components.map((component) => [component.id, component])));
    },
    capabilities: components.filter((component) => component.kind === 'capability').map((component) => component.id).sort(),
    policy: {},
    inventory: { files: [], resources: 0, unreferenced: 0, partial: false },
    warnings: [],
    scenarios: {},
  };
}
