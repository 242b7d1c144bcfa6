/** Reads a file as text in chunks, reporting the fraction read, so a large upload shows progress. */
export async function readFileText(file: File, onProgress: (fraction: number) => void): Promise<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  let text = '';
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    text += decoder.decode(value, { stream: true });
    onProgress(file.size ? loaded / file.size : 1);
  }
  return text + decoder.decode();
}

/** Lets the browser paint (the progress bar) before a long synchronous step. */
export const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 16));
