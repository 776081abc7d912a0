import { createHash } from 'node:crypto';

/** Past this many encoded characters the name is shortened with a hash (file names max out at 255 bytes). */
const MAX_ENCODED_LENGTH = 150;
/** How much of a long encoded key stays readable in front of its hash. */
const READABLE_PREFIX_LENGTH = 80;
/**
 * Every name starts with this so no key can become a reserved device name on Windows (`con`, `nul`)
 * or a dot file.
 */
const PREFIX = 'k-';

/**
 * Maps a storage key to a file name that is safe on every common file system, always ending in `.json`.
 *
 * Only `a-z`, `0-9` and `-` pass through; every other UTF-16 code unit (upper case included, so
 * case-insensitive file systems cannot merge `Key` and `key`) becomes `_` plus four hex digits.
 * The result can never contain `/`, `\`, `.` (before the extension), NUL or `..`, so it cannot leave
 * the directory, and distinct keys give distinct names. Encodings longer than 150 characters keep a
 * readable prefix followed by `~` and a SHA-256 of the full encoding; `~` never appears in a short encoding,
 * so short and hashed names cannot collide.
 */
export function keyToFileName(key: string): string {
  const encoded = encodeKey(key);
  if (encoded.length <= MAX_ENCODED_LENGTH) {
    return `${PREFIX}${encoded}.json`;
  }
  // Hash the encoding, not the key: UTF-8 would fold lone surrogates into U+FFFD and merge keys.
  const hash = createHash('sha256').update(encoded).digest('hex');
  return `${PREFIX}${encoded.slice(0, READABLE_PREFIX_LENGTH)}~${hash}.json`;
}

function encodeKey(key: string): string {
  let encoded = '';
  for (let i = 0; i < key.length; i++) {
    const char = key[i] as string;
    encoded += /[a-z0-9-]/.test(char) ? char : `_${key.charCodeAt(i).toString(16).padStart(4, '0')}`;
  }
  return encoded;
}
