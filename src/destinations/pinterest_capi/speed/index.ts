// The speed machinery behind the field tables (SPEC §14): compiled paths, cached hashing, bounded caches.
// Tables and rules only name paths and rules; how fast they are read and hashed is decided here.
export { compilePath, getPath, type Path } from './paths';
export { countryCode, hashByRule, hasherFor, memoHasherFor, type Hasher } from './hashing';
export { CACHE_SIZES, lastOf, memoize } from './caches';
export { compileFill, type DirectSource, type Fill, type RowPlan } from './fill';
export { plainObjects } from './plain';
export { compileReader, type ReaderSource, type Root, type SourceReader } from './reader';
export { trimmed } from './text';
export { isoUtcMs } from './time';
