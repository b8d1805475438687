/** Orders strings by code unit, the order every id list in faultline's output is sorted by. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
