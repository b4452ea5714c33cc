// The custom_data table (SPEC §6.4): one row per Pinterest key, from the event's properties or the products it describes.
import type { Table } from '../mapping/row';
import type { Content, CustomData } from '../wire';

/** A product in `custom_data.contents`: paths are inside each product (SPEC §6.4). */
export const CONTENT_ROWS: Table<Content> = [
  {
    key: 'id',
    from: ['product.product_id', 'product.sku', 'product.id'],
    rule: 'text',
    hashed: false,
    description: 'the product’s ID',
  },
  {
    key: 'item_price',
    from: ['product.price'],
    rule: 'amount',
    hashed: false,
    description: 'the unit price',
  },
  {
    key: 'quantity',
    from: ['product.quantity'],
    rule: 'count',
    hashed: false,
    description: 'the quantity, 1 by default (a quantity alone describes no product: no item)',
  },
  {
    key: 'item_name',
    from: ['product.name'],
    rule: 'text',
    hashed: false,
    description: 'the product’s name',
  },
  {
    key: 'item_category',
    from: ['product.category'],
    rule: 'text',
    hashed: false,
    description: 'the product’s category',
  },
  {
    key: 'item_brand',
    from: ['product.brand'],
    rule: 'text',
    hashed: false,
    description: 'the product’s brand',
  },
];

export const CUSTOM_DATA_ROWS: Table<CustomData> = [
  {
    key: 'currency',
    from: ['properties.currency'],
    rule: 'currency',
    hashed: false,
    when: 'listed',
    description: 'ISO-4217 code, uppercased; sent only when it is 3 letters',
  },
  {
    key: 'value',
    from: ['properties.value', 'properties.revenue', 'properties.total', 'product.price', 'product.quantity'],
    rule: 'value',
    hashed: false,
    when: 'listed',
    description:
      'the first numeric of value, revenue, total; else Σ price × quantity of the products, to the cent',
  },
  {
    key: 'content_ids',
    from: ['product.product_id', 'product.sku', 'product.id'],
    rule: 'productIds',
    hashed: false,
    when: 'listed',
    description: 'each product’s ID',
  },
  {
    key: 'contents',
    from: [],
    rule: 'items',
    items: CONTENT_ROWS,
    hashed: false,
    when: 'listed',
    description: 'one item per product (custom_data.contents[] rows)',
  },
  {
    key: 'num_items',
    from: [{ path: 'properties.quantity', when: 'listEvent' }, 'product.quantity'],
    rule: 'numItems',
    hashed: false,
    when: 'listed',
    description: 'properties.quantity of a list event, else Σ product quantities (each 1 by default)',
  },
  {
    key: 'order_id',
    from: ['properties.order_id', 'properties.orderId'],
    rule: 'text',
    hashed: false,
    when: 'listed',
    description: 'the order ID, as a string',
  },
  {
    key: 'search_string',
    from: ['properties.query'],
    rule: 'text',
    hashed: false,
    when: 'listed',
    description: 'the search query',
  },
  {
    key: 'content_category',
    from: [
      'properties.content_category',
      'properties.contentCategory',
      { path: 'properties.category', when: 'listed' },
      { path: 'properties.category', when: 'singleProduct' },
    ],
    rule: 'text',
    hashed: false,
    when: 'trackEvent',
    description: 'content_category; else the category of a category view or of a single-product event',
  },
  {
    key: 'content_name',
    from: [
      'properties.content_name',
      'properties.contentName',
      { path: 'properties.name', when: 'singleProduct' },
    ],
    rule: 'text',
    hashed: false,
    when: 'trackEvent',
    description: 'content_name; else the product name of a single-product event',
  },
  {
    key: 'content_brand',
    from: [
      'properties.content_brand',
      'properties.contentBrand',
      { path: 'properties.brand', when: 'singleProduct' },
    ],
    rule: 'text',
    hashed: false,
    when: 'trackEvent',
    description: 'content_brand; else the product brand of a single-product event',
  },
  {
    key: 'predicted_ltv',
    from: ['properties.predicted_ltv', 'properties.predictedLtv'],
    rule: 'amount',
    hashed: false,
    when: 'trackEvent',
    description: 'the predicted lifetime value, as a string number',
  },
  {
    key: 'opt_out_type',
    from: [
      { config: 'limitedDataProcessing', rule: 'ldpFlag' },
      { path: 'context.ldp', rule: 'ldpFlag' },
      'properties.opt_out_type',
      'properties.optOutType',
      'context.traits.opt_out_type',
      'context.traits.optOutType',
    ],
    rule: 'ldpValue',
    hashed: false,
    description:
      '"LDP" (Limited Data Processing) when the config or the event says so (SPEC §6.3); every event type',
  },
];
