// Package entry: the Pinterest CAPI destination module.
export * from './destinations/pinterest_capi';
