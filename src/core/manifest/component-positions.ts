/**
 * Component id -> position in the model, without a second table of every scanned
 * resource: the inventory's id index already has one entry per resource, so a
 * resource's component is found through its inventory position, and only the
 * components the manifest and the knowledge make are kept in a table of their own.
 * A million resources then cost one hash table, not two.
 */
import type { Component } from '../model.js';

export class ComponentPositions implements ReadonlyMap<string, number> {
  readonly #components: readonly Component[];
  readonly #named = new Map<string, number>();
  /** Scanned resource id -> inventory position: the inventory's own table, not the resources (the model need not keep them). */
  readonly #inventoryPositions: ReadonlyMap<string, number>;
  /** Inventory position -> component position, -1 for a resource nothing needs. */
  readonly #ofResource: Int32Array;

  /**
   * `components` lists the named components first, then the resources whose inventory
   * positions `resourcePositions` gives, in that order.
   */
  constructor(components: readonly Component[], inventoryPositions: ReadonlyMap<string, number>, resourcePositions: readonly number[]) {
    this.#components = components;
    this.#inventoryPositions = inventoryPositions;
    const named = components.length - resourcePositions.length;
    for (let v = 0; v < named; v++) this.#named.set(components[v]!.id, v);
    this.#ofResource = new Int32Array(inventoryPositions.size).fill(-1);
    for (let r = 0; r < resourcePositions.length; r++) this.#ofResource[resourcePositions[r]!] = named + r;
  }

  get size(): number {
    return this.#components.length;
  }

  get(id: string): number | undefined {
    // A resource first: as in a table filled in model order, the later entry of a repeated id wins.
    const at = this.#inventoryPositions.get(id);
    const v = at === undefined ? -1 : this.#ofResource[at]!;
    return v >= 0 ? v : this.#named.get(id);
  }

  /** The position of the resource at `position` of the inventory, -1 when it is no component (nothing needs it). */
  ofInventoryPosition(position: number): number {
    return this.#ofResource[position] ?? -1;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (const [id, v] of this.entries()) callback.call(thisArg, v, id, this);
  }

  *entries(): MapIterator<[string, number]> {
    for (let v = 0; v < this.#components.length; v++) yield [this.#components[v]!.id, v];
  }

  *keys(): MapIterator<string> {
    for (const component of this.#components) yield component.id;
  }

  *values(): MapIterator<number> {
    for (let v = 0; v < this.#components.length; v++) yield v;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}
