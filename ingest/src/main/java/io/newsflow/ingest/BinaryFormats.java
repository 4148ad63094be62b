package io.newsflow.ingest;

import java.nio.charset.StandardCharsets;

/** Recognises common binary formats by their magic numbers, so a person is told "PDF document", not "not UTF-8". */
final class BinaryFormats {

    private record Magic(String name, int offset, byte[] bytes) {
    }

    private static final Magic[] KNOWN = {
        magic("PDF document", 0, "%PDF-"),
        magic("PNG image", 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
        magic("JPEG image", 0, 0xFF, 0xD8, 0xFF),
        magic("GIF image", 0, "GIF87a"),
        magic("GIF image", 0, "GIF89a"),
        magic("RIFF media (WebP, WAV, AVI)", 0, "RIFF"),
        magic("TIFF image", 0, 'I', 'I', 0x2A, 0x00),
        magic("TIFF image", 0, 'M', 'M', 0x00, 0x2A),
        magic("ZIP archive (also docx, xlsx, epub, jar)", 0, 'P', 'K', 0x03, 0x04),
        magic("gzip archive", 0, 0x1F, 0x8B),
        magic("7-Zip archive", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
        magic("RAR archive", 0, "Rar!\u001A\u0007"),
        magic("xz archive", 0, 0xFD, '7', 'z', 'X', 'Z', 0x00),
        magic("bzip2 archive", 4, "1AY&SY"),
        magic("Microsoft Office document", 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
        magic("executable (ELF)", 0, 0x7F, 'E', 'L', 'F'),
    };

    private BinaryFormats() {
    }

    /** The format's name for a person, or null when the bytes start like none of the known formats. */
    static String name(byte[] bytes) {
        for (Magic magic : KNOWN) {
            if (matches(bytes, magic)) {
                return magic.name();
            }
        }
        return null;
    }

    private static boolean matches(byte[] bytes, Magic magic) {
        if (bytes.length < magic.offset() + magic.bytes().length) {
            return false;
        }
        for (int i = 0; i < magic.bytes().length; i++) {
            if (bytes[magic.offset() + i] != magic.bytes()[i]) {
                return false;
            }
        }
        return true;
    }

    private static Magic magic(String name, int offset, String ascii) {
        return new Magic(name, offset, ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Magic magic(String name, int offset, int... bytes) {
        byte[] value = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            value[i] = (byte) bytes[i];
        }
        return new Magic(name, offset, value);
    }
}
