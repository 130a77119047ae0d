// A .docx is a zip. Before mammoth unpacks one, check it cannot exhaust memory: cap the
// number of entries and count the bytes each entry ACTUALLY inflates to (headers can lie),
// stopping as soon as the total passes the cap.
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { NoticeError } from '../types.js';

export interface ZipLimits {
  maxEntries: number;
  maxInflatedBytes: number;
}

/** What the archive holds, once it is known to be safe to unpack. */
export interface ZipListing {
  entryNames: string[];
  inflatedBytes: number;
}

const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export function corruptDocx(): NoticeError {
  return new NoticeError('This .docx is corrupt or truncated and cannot be opened; save it again from Word (File > Save As > Word Document) and lint the new copy.');
}

export function inflatesTooMuch(limit: number): NoticeError {
  return new NoticeError(`This .docx expands to more than ${megabytes(limit)} when unpacked, so it was not read; save the notice again without embedded media, or raise --max-file-size if it is genuine.`);
}

export async function checkZip(bytes: Uint8Array, limits: ZipLimits): Promise<ZipListing> {
  const zip = await openZip(bytes);
  try {
    return await scanEntries(zip, limits);
  } finally {
    zip.close();
  }
}

function openZip(bytes: Uint8Array): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true }, (error, zip) => {
      if (error || !zip) reject(corruptDocx());
      else resolve(zip);
    });
  });
}

function scanEntries(zip: ZipFile, limits: ZipLimits): Promise<ZipListing> {
  if (zip.entryCount > limits.maxEntries) {
    return Promise.reject(new NoticeError(`This .docx holds more than ${limits.maxEntries} files inside it, far more than any Word document, so it was not read; save the notice again from Word.`));
  }
  return new Promise((resolve, reject) => {
    const entryNames: string[] = [];
    let inflatedBytes = 0;
    let settled = false;
    const fail = (error: NoticeError): void => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    zip.on('error', () => fail(corruptDocx()));
    zip.on('end', () => {
      if (settled) return;
      settled = true;
      resolve({ entryNames, inflatedBytes });
    });
    zip.on('entry', (entry: Entry) => {
      entryNames.push(entry.fileName);
      if (entry.fileName.endsWith('/')) {
        zip.readEntry();
        return;
      }
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) {
          fail(corruptDocx());
          return;
        }
        stream.on('data', (chunk: Buffer) => {
          inflatedBytes += chunk.length;
          if (inflatedBytes > limits.maxInflatedBytes) {
            stream.destroy();
            fail(inflatesTooMuch(limits.maxInflatedBytes));
          }
        });
        stream.on('error', () => fail(corruptDocx()));
        stream.on('end', () => {
          if (!settled) zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
}
