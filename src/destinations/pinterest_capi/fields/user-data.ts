// The user_data table (SPEC §6.2): one row per Pinterest key, its sources, rule and whether Pinterest wants it hashed.
import type { Table } from '../mapping/row';
import type { UserData } from '../wire';
import { address, traits } from './sources';

export const USER_DATA_ROWS: Table<UserData> = [
  {
    key: 'em',
    from: [...traits('email'), 'properties.email'],
    rule: 'email',
    hashed: true,
    description: 'email',
  },
  {
    key: 'ph',
    from: [...traits('phone'), 'properties.phone'],
    rule: 'phone',
    hashed: true,
    description: 'phone',
  },
  {
    key: 'fn',
    from: traits('firstName', 'first_name', 'firstname'),
    rule: 'name',
    hashed: true,
    description: 'first name',
  },
  {
    key: 'ln',
    from: traits('lastName', 'last_name', 'lastname'),
    rule: 'name',
    hashed: true,
    description: 'last name',
  },
  { key: 'ge', from: traits('gender'), rule: 'gender', hashed: true, description: 'gender (f, m, n)' },
  {
    key: 'db',
    from: traits('birthday', 'dateOfBirth', 'date_of_birth', 'dob'),
    rule: 'date',
    hashed: true,
    description: 'date of birth, YYYYMMDD',
  },
  { key: 'ct', from: address(['city'], ['city']), rule: 'city', hashed: true, description: 'city' },
  {
    key: 'st',
    from: address(['state'], ['state']),
    rule: 'state',
    hashed: true,
    description: 'state or province',
  },
  {
    key: 'zp',
    from: address(['postalCode', 'postal_code', 'zip', 'zipcode'], ['postalCode', 'zip', 'zipcode']),
    rule: 'postcode',
    hashed: true,
    description: 'postcode (US: 5 digits)',
  },
  {
    key: 'country',
    from: address(['country'], ['country']),
    rule: 'country',
    hashed: true,
    firstEntry: true,
    description:
      'country, ISO 3166 alpha-2 (a list: its first usable entry); also the region of the phone and postcode rules',
  },
  {
    key: 'external_id',
    from: [
      { path: 'anonymousId', when: 'externalIdFromAnonymousId' },
      { path: 'userId', when: 'externalIdFromUserId' },
    ],
    rule: 'id',
    hashed: true,
    all: true,
    description: 'anonymousId, userId or both, per config externalIdFrom',
  },
  {
    key: 'hashed_maids',
    from: ['context.device.advertisingId'],
    rule: 'maid',
    hashed: true,
    description: 'mobile advertising ID (IDFA/GAID)',
  },
  {
    key: 'client_ip_address',
    from: ['context.ip', 'request_ip'],
    rule: 'ip',
    hashed: false,
    description: 'the client’s IPv4 or IPv6 address',
  },
  {
    key: 'client_user_agent',
    from: ['context.userAgent'],
    rule: 'string',
    hashed: false,
    description: 'the browser’s user agent',
  },
  {
    key: 'click_id',
    from: [
      'context.providers.pinterestCAPI.epik',
      'properties.click_id',
      'properties.clickId',
      { path: 'context.page.url', rule: 'epikParam' },
      { path: 'context.page.search', rule: 'epikParam' },
      'properties.epik',
    ],
    rule: 'string',
    hashed: false,
    when: 'clickIdConsented',
    description:
      'Pinterest’s click ID: the browser sync’s epik, a click_id property, else the page’s epik query parameter; none when consent is denied (SPEC §6.6)',
  },
  {
    key: 'partner_id',
    from: [
      'context.traits.partnerId',
      'context.traits.partner_id',
      'properties.partnerId',
      'properties.partner_id',
    ],
    rule: 'string',
    hashed: false,
    description: 'a third-party visitor ID (e.g. RampID)',
  },
];
