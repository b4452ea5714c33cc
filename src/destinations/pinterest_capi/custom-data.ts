// The custom_data table (SPEC §6.4): one row per Pinterest key, computed from the event's properties or products.
import type { CustomDataField } from './events';
import { toNumber, toQuantity, printAmount, printSum } from './numbers';
import { asText, isObject } from './paths';

export type CustomData = Record<string, string | number | string[] | Record<string, string | number>[]>;

/** What the rows read: the properties and the products the event describes (null: no product information). */
interface Source {
  props: Record<string, unknown>;
  items: readonly Record<string, unknown>[] | null;
  isList: boolean;
}

const productId = (p: Record<string, unknown>) => asText(p.product_id) ?? asText(p.sku) ?? asText(p.id);

function content(p: Record<string, unknown>): Record<string, string | number> | undefined {
  const item: Record<string, string | number> = {};
  const id = productId(p);
  if (id !== undefined) item.id = id;
  const price = toNumber(p.price);
  if (price !== undefined) item.item_price = printAmount(price);
  const name = asText(p.name);
  if (name !== undefined) item.item_name = name;
  const category = asText(p.category);
  if (category !== undefined) item.item_category = category;
  const brand = asText(p.brand);
  if (brand !== undefined) item.item_brand = brand;
  if (Object.keys(item).length === 0) return undefined;
  item.quantity = toQuantity(p.quantity) ?? 1;
  return item;
}

function computedValue(items: readonly Record<string, unknown>[]): string | undefined {
  let sum = 0;
  let priced = false;
  for (const p of items) {
    const price = toNumber(p.price);
    if (price === undefined) continue;
    priced = true;
    sum += price * (toQuantity(p.quantity) ?? 1);
  }
  return priced ? printSum(sum) : undefined;
}

const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);

const VALUE_SOURCES = ['value', 'revenue', 'total'] as const;

// Pinterest: value is "Accepted as a string ... parsed into a double"; currency is an ISO-4217 code.
const ROWS: Record<CustomDataField, (s: Source) => CustomData[string] | undefined> = {
  currency: ({ props }) => {
    const c = asText(props.currency)?.toUpperCase();
    return c !== undefined && /^[A-Z]{3}$/.test(c) ? c : undefined;
  },
  value: ({ props, items }) => {
    for (const key of VALUE_SOURCES) {
      const n = toNumber(props[key]);
      if (n !== undefined) return printAmount(n);
    }
    return items ? computedValue(items) : undefined;
  },
  content_ids: ({ items }) =>
    items ? nonEmpty(items.map(productId).filter((x) => x !== undefined)) : undefined,
  contents: ({ items }) => (items ? nonEmpty(items.map(content).filter((x) => x !== undefined)) : undefined),
  num_items: ({ props, items, isList }) => {
    const q = isList ? toQuantity(props.quantity) : undefined;
    if (q !== undefined || !items) return q;
    return items.reduce((sum, p) => sum + (toQuantity(p.quantity) ?? 1), 0);
  },
  order_id: ({ props }) => asText(props.order_id) ?? asText(props.orderId),
  search_string: ({ props }) => asText(props.query),
  content_category: ({ props }) => asText(props.category),
};

export function buildCustomData(
  properties: unknown,
  fields: readonly CustomDataField[],
  singleProduct: boolean,
): CustomData {
  const props = isObject(properties) ? properties : {};
  const list = Array.isArray(props.products) ? props.products.filter(isObject) : [];
  const products = list.length > 0 ? list : undefined;
  const isList = !singleProduct || products !== undefined;
  const source: Source = { props, items: isList ? (products ?? null) : [props], isList };
  const out: CustomData = {};
  for (const field of fields) {
    const v = ROWS[field](source);
    if (v !== undefined) out[field] = v;
  }
  return out;
}
