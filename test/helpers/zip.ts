/**
 * Small zip archives for upload tests: stored (uncompressed) entries with their local headers, a
 * central directory and its end record, as a zip reader finds them. `streamed` writes the entries
 * the way streaming writers (Java, LibreOffice) do: sizes 0 in the local header (flag bit 3), the
 * real ones in a data descriptor after the content and in the central directory. CRCs are left 0:
 * nothing here checks them.
 */
export function zipOf(entries: readonly (readonly [name: string, content: string | Buffer])[], opts: { streamed?: boolean } = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, raw] of entries) {
    const content = Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30, 0);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(opts.streamed ? 0x0008 : 0, 6);
    local.writeUInt32LE(opts.streamed ? 0 : content.length, 18);
    local.writeUInt32LE(opts.streamed ? 0 : content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const descriptor = Buffer.alloc(opts.streamed ? 16 : 0, 0);
    if (opts.streamed) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(content.length, 8);
      descriptor.writeUInt32LE(content.length, 12);
    }
    const header = Buffer.alloc(46, 0);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(opts.streamed ? 0x0008 : 0, 8);
    header.writeUInt32LE(content.length, 20);
    header.writeUInt32LE(content.length, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, nameBytes);
    parts.push(local, nameBytes, content, descriptor);
    offset += local.length + nameBytes.length + content.length + descriptor.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22, 0);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
