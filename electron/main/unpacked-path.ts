/**
 * Where a file listed under asarUnpack (electron-builder.yml) really is in the packaged app:
 * beside the archive, in app.asar.unpacked. Worker threads load their script with Node's own
 * loader, which cannot read from inside app.asar. Outside a packaged app the path is unchanged.
 */
export function unpackedPath(file: string): string {
  return file.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}
