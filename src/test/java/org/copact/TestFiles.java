package org.copact;

import java.nio.charset.StandardCharsets;

/** Files as people send them, for the tests of every way in (the API, mail, the scan folder, the pages). */
public final class TestFiles {

    /** the smallest file Tika takes for a PDF */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    /** a Windows program (MZ header, PE signature), whatever name or type its sender gives it */
    public static final byte[] PROGRAM = programBytes();

    private TestFiles() {
    }

    private static byte[] programBytes() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }
}
