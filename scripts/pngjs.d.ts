declare module 'pngjs' {
  interface Image {
    width: number;
    height: number;
    data: Buffer;
  }
  export class PNG implements Image {
    constructor(options?: { width?: number; height?: number });
    width: number;
    height: number;
    data: Buffer;
    static sync: { read(buffer: Buffer): Image; write(png: Image, options?: { colorType?: number; deflateLevel?: number }): Buffer };
  }
}
