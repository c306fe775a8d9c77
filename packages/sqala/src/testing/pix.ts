// Pix BR Codes ("copia e cola") as the emulator issues and decodes them: EMV tag-length-value fields with the
// CRC16/CCITT-FALSE checksum of field 63, and a boleto number of the documented length. Pure functions.
import { createHash } from "node:crypto";

function tlv(tag: string, value: string): string {
  return `${tag}${String(value.length).padStart(2, "0")}${value}`;
}

/** CRC16/CCITT-FALSE, the checksum of field 63 of a Pix BR Code. */
function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit += 1)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, "0");
}

/** A dynamic Pix BR Code whose location URL names the charge (on a reserved `.invalid` host). */
export function pixPayload(id: string, cents: number): string {
  const account =
    tlv("00", "br.gov.bcb.pix") + tlv("25", `qr.sqala-emulator.invalid/v2/${id.replaceAll("-", "")}`);
  const body =
    tlv("00", "01") +
    tlv("01", "12") +
    tlv("26", account) +
    tlv("52", "0000") +
    tlv("53", "986") +
    tlv("54", (cents / 100).toFixed(2)) +
    tlv("58", "BR") +
    tlv("59", "SQALA EMULATOR") +
    tlv("60", "SAO PAULO") +
    tlv("62", tlv("05", "***")) +
    "6304";
  return body + crc16(body);
}

function readTlv(text: string): Map<string, string> | undefined {
  const fields = new Map<string, string>();
  let index = 0;
  while (index < text.length) {
    const tag = text.slice(index, index + 2);
    const length = Number(text.slice(index + 2, index + 4));
    if (!/^\d{2}$/.test(tag) || !Number.isInteger(length) || index + 4 + length > text.length)
      return undefined;
    fields.set(tag, text.slice(index + 4, index + 4 + length));
    index += 4 + length;
  }
  return fields;
}

/** What the DICT look-up answers for a BR Code; only `amount` and `hash` are known fields of the real answer. */
export interface DecodedPixPayload {
  amount: number | null;
  hash: string;
  key: string | null;
  url: string | null;
  merchantName: string | null;
  merchantCity: string | null;
  txid: string | null;
}

/** Decodes a BR Code as the DICT look-up would, or `undefined` when it is not one (bad CRC or fields). */
export function decodePixPayload(payload: string): DecodedPixPayload | undefined {
  if (payload.length < 8 || crc16(payload.slice(0, -4)) !== payload.slice(-4).toUpperCase()) return undefined;
  const fields = readTlv(payload);
  const account = fields?.get("26") === undefined ? undefined : readTlv(fields.get("26") ?? "");
  if (fields?.get("00") !== "01" || account?.get("00")?.toLowerCase() !== "br.gov.bcb.pix") return undefined;
  const amount = fields.get("54");
  return {
    amount: amount === undefined ? null : Math.round(Number(amount) * 100),
    hash: createHash("sha256").update(payload).digest("hex"),
    key: account.get("01") ?? null,
    url: account.get("25") ?? null,
    merchantName: fields.get("59") ?? null,
    merchantCity: fields.get("60") ?? null,
    txid: readTlv(fields.get("62") ?? "")?.get("05") ?? null,
  };
}

/** A 47-digit "linha digitável"-shaped number (no real bank check digits). */
export function boletoBarcode(cents: number, sequence: number): string {
  return `23790${String(sequence).padStart(20, "0")}1${String(Math.max(0, cents)).padStart(21, "0")}`.slice(
    0,
    47,
  );
}
