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
    description: 'country, ISO 3166 alpha-2; also the region of phone and postcode rules',
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
    rule: 'text',
    hashed: false,
    description: 'the client IP',
  },
  {
    key: 'client_user_agent',
    from: ['context.userAgent'],
    rule: 'text',
    hashed: false,
    description: 'the browser’s user agent',
  },
  {
    key: 'click_id',
    from: [
      'context.providers.pinterestCAPI.epik',
      { path: 'context.page.url', rule: 'epikParam' },
      { path: 'context.page.search', rule: 'epikParam' },
      'properties.epik',
    ],
    rule: 'text',
    hashed: false,
    when: 'clickIdConsented',
    description:
      'Pinterest’s click ID: the browser sync’s epik, else the epik query parameter (not when consent is denied)',
  },
];
