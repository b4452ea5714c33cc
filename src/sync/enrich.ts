// Sets `context.providers.pinterestCAPI.epik` on an analytics event, keeping everything else.

type Bag = Record<string, unknown>;

const child = (parent: Bag, key: string): Bag => {
  const value = parent[key];
  return value && typeof value === 'object' ? (value as Bag) : (parent[key] = {});
};

export function addEpik<T>(event: T, epik: string | undefined): T {
  if (epik && event && typeof event === 'object') {
    child(child(child(event as Bag, 'context'), 'providers'), 'pinterestCAPI').epik = epik;
  }
  return event;
}
