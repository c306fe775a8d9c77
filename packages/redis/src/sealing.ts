// Tokens at rest: AES-GCM (WebCrypto) with a fresh 96-bit IV per value and the Redis key name as additional data,
// so a value copied under another key does not decrypt either.

/** An AES key: a `CryptoKey`, its raw 16/24/32 bytes, or those bytes in base64 (e.g. `openssl rand -base64 32`). */
export type EncryptionKey = CryptoKey | Uint8Array | string;

const version = "v1.";

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
}

/** Imports the key once; a wrong length or a non-AES `CryptoKey` fails here, at creation, without echoing it. */
export async function importEncryptionKey(key: EncryptionKey): Promise<CryptoKey> {
  if (typeof key === "object" && "algorithm" in key) return key;
  const raw = typeof key === "string" ? fromBase64(key.trim()) : new Uint8Array(key);
  if (![16, 24, 32].includes(raw.length)) {
    throw new RangeError(`redis: encryptionKey must be 16, 24 or 32 bytes (got ${raw.length})`);
  }
  return crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["encrypt", "decrypt"]);
}

/** Encrypts `plaintext` for storage under `name`. */
export async function seal(key: CryptoKey, plaintext: string, name: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const encoder = new TextEncoder();
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: encoder.encode(name) },
    key,
    encoder.encode(plaintext),
  );
  const out = new Uint8Array(12 + sealed.byteLength);
  out.set(iv);
  out.set(new Uint8Array(sealed), 12);
  return `${version}${toBase64(out)}`;
}

/** Decrypts a value sealed under `name`; `undefined` when it is not sealed, or not with this key and name. */
export async function unseal(key: CryptoKey, value: string, name: string): Promise<string | undefined> {
  if (!value.startsWith(version)) return undefined;
  try {
    const bytes = fromBase64(value.slice(version.length));
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: bytes.subarray(0, 12), additionalData: new TextEncoder().encode(name) },
      key,
      bytes.subarray(12),
    );
    return new TextDecoder().decode(plain);
  } catch {
    return undefined;
  }
}
