// Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as ISO-8859-1 control characters, so "€" (0x80)
// and the curly quotes Excel writes would be lost; this table gives them their Windows-1252 meaning.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Text from Windows-1252 bytes, as Excel on Windows saves a CSV. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...chunk.map((b) => b)).replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return text;
}
