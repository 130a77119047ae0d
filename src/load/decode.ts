// Bytes → text for .md/.txt notices, remembering how the file was stored (encoding, line
// endings) so that `--fix` can write it back byte-for-byte apart from the fixed ranges.
import { createRequire } from 'node:module';
import type { LineEnding, TextEncoding } from '../types.js';
import { NoticeError } from '../types.js';

type Iconv = typeof import('iconv-lite');
let iconvLite: Iconv | undefined;
/** iconv-lite loads only for the rare UTF-16 / Windows-1252 file (a synchronous CommonJS load). */
const iconv = (): Iconv => (iconvLite ??= createRequire(import.meta.url)('iconv-lite') as Iconv);

export interface DecodedText {
  /** The text without its BOM. */
  text: string;
  encoding: TextEncoding;
  eol: LineEnding;
}

/** How many leading bytes are searched for NUL bytes when telling text from binary. */
const BINARY_SNIFF_BYTES = 8192;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function hasNulByte(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Decode a notice: BOM first (UTF-8, UTF-16 LE/BE), then strict UTF-8, then Windows-1252
 * (what Word and older web pages save). NUL bytes without a UTF-16 BOM mean a binary file.
 */
export function decodeBytes(bytes: Uint8Array, fileName: string): DecodedText {
  let text: string;
  let encoding: TextEncoding;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8-bom';
    text = decodeStrictUtf8(bytes.subarray(3), fileName);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    text = iconv().decode(Buffer.from(bytes.subarray(2)), 'utf-16be');
  } else {
    if (hasNulByte(bytes)) {
      throw new NoticeError(`${fileName} looks like a binary file, not a text notice: save it as .txt, .md, .html, .docx or .pdf and try again.`);
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      // iconv-lite, not TextDecoder: Node's 'windows-1252' decoder is plain Latin-1 (0x92 → U+0092, not ’).
      text = iconv().decode(Buffer.from(bytes), 'windows-1252');
      encoding = 'windows-1252';
    }
  }
  return { text, encoding, eol: dominantLineEnding(text) };
}

function decodeStrictUtf8(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new NoticeError(`${fileName} starts with a UTF-8 byte order mark but is not valid UTF-8: re-save it as UTF-8 and try again.`);
  }
}

/** The most common line ending in `text` ('\n' when there is none). */
export function dominantLineEnding(text: string): LineEnding {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}

/**
 * Text → bytes in a notice's original encoding (the inverse of `decodeBytes`), for the
 * `--fix` writer. Characters Windows-1252 cannot hold are written as '?' by iconv-lite.
 */
export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new Uint8Array(Buffer.from(text, 'utf8'));
    case 'utf-8-bom':
      return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    case 'utf-16le':
      return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv().encode(text, 'utf-16le')]));
    case 'utf-16be':
      return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv().encode(text, 'utf-16be')]));
    case 'windows-1252':
      return new Uint8Array(iconv().encode(text, 'windows-1252'));
  }
}
