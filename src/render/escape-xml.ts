/**
 * Text safe inside XML and HTML, in element content and in quoted attributes.
 * Characters XML 1.0 does not allow at all (most C0 controls, U+FFFE, U+FFFF, a
 * lone surrogate) would make the file unreadable; they become U+FFFD.
 */
// eslint-disable-next-line no-control-regex
const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(value: string): string {
  return value
    .replace(notXml, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
