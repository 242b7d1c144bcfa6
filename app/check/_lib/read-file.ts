import { decodeTextFile } from '@/lib/parse/decode-text-file';

/**
 * Reads a file in chunks, reporting the fraction read (a large upload shows progress), then decodes it by
 * its BOM like every other file reader (UTF-16 from Notepad, GBK from Excel: lib/parse/decode-text-file.ts).
 */
export async function readFileText(file: File, onProgress: (fraction: number) => void): Promise<string> {
  const reader = file.stream().getReader();
  const bytes = new Uint8Array(file.size);
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.set(value, loaded);
    loaded += value.byteLength;
    onProgress(file.size ? loaded / file.size : 1);
  }
  return decodeTextFile(bytes.subarray(0, loaded)).text;
}

/** Lets the browser paint (the progress bar) before a long synchronous step. */
export const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 16));
