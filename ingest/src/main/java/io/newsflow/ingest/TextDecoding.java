package io.newsflow.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a file into text, or says why they are not text. Byte order marks decide UTF-8, UTF-16LE
 * and UTF-16BE; otherwise valid UTF-8 is UTF-8, and bytes that are not UTF-8 at all are read as the single-byte
 * encodings old news systems and Windows editors write (Windows-1252, or ISO-8859-1 when no byte of the
 * Windows-only range 0x80-0x9F occurs). A file that is mostly UTF-8 with a few broken bytes is refused rather
 * than guessed: converting it would silently garble the good part.
 */
final class TextDecoding {

    /** The text and the charset it was read as (the name recorded in the {@code source-charset} header). */
    record Decoded(String text, String charset) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** More control characters than this share of the text (and than a few strays) means it is not prose. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes) throws ArticleFiles.Unreadable {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return checked(strict(bytes, 3, StandardCharsets.UTF_8, "invalid UTF-8 after a UTF-8 byte order mark"),
                    "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16LE, "invalid UTF-16LE after its byte order mark"),
                    "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16BE, "invalid UTF-16BE after its byte order mark"),
                    "UTF-16BE");
        }
        String format = BinaryFormats.name(bytes);
        if (format != null) {
            throw new ArticleFiles.Unreadable("binary file (" + format + "), not text");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ArticleFiles.Unreadable("binary file (NUL byte at offset " + i + "), not text");
            }
        }
        Utf8Scan scan = Utf8Scan.of(bytes);
        if (scan.firstInvalid() < 0) {
            return checked(new String(bytes, StandardCharsets.UTF_8), "UTF-8");
        }
        if (scan.validMultiByte() > scan.invalid()) {
            throw new ArticleFiles.Unreadable("invalid UTF-8 at byte offset " + scan.firstInvalid()
                    + " in otherwise UTF-8 text (" + scan.invalid() + " bad sequence(s)); re-save the file as UTF-8");
        }
        return checked(singleByte(bytes), scan.usesWindowsRange() ? "windows-1252" : "ISO-8859-1");
    }

    private static String singleByte(byte[] bytes) throws ArticleFiles.Unreadable {
        // Windows-1252 equals ISO-8859-1 outside 0x80-0x9F, so one decoder serves both; the five bytes it leaves
        // undefined would be invisible C1 controls in ISO-8859-1, which no text contains.
        return strict(bytes, 0, WINDOWS_1252, "neither UTF-8 nor Windows-1252/ISO-8859-1 text");
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String failure)
            throws ArticleFiles.Unreadable {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ArticleFiles.Unreadable(failure);
        }
    }

    private static Decoded checked(String text, String charset) throws ArticleFiles.Unreadable {
        long controls = text.chars().filter(TextDecoding::isControl).count();
        if (controls > Math.max(8, text.length() * MAX_CONTROL_SHARE)) {
            throw new ArticleFiles.Unreadable("binary file (" + controls + " control characters in " + charset
                    + " text), not text");
        }
        return new Decoded(text, charset);
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c < 0xA0);
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Counts of well-formed multi-byte UTF-8 sequences and of malformed ones, to tell damage from another charset. */
    private record Utf8Scan(int validMultiByte, int invalid, int firstInvalid, boolean usesWindowsRange) {

        static Utf8Scan of(byte[] bytes) {
            int valid = 0;
            int invalid = 0;
            int first = -1;
            boolean windowsRange = false;
            int i = 0;
            while (i < bytes.length) {
                int b = bytes[i] & 0xFF;
                windowsRange |= b >= 0x80 && b <= 0x9F;
                if (b < 0x80) {
                    i++;
                    continue;
                }
                int length = sequenceLength(bytes, i);
                if (length > 0) {
                    valid++;
                    i += length;
                } else {
                    invalid++;
                    first = first < 0 ? i : first;
                    i++;
                }
            }
            return new Utf8Scan(valid, invalid, first, windowsRange);
        }

        /** Length of the well-formed UTF-8 sequence starting at {@code i}, or 0 (overlongs and surrogates too). */
        private static int sequenceLength(byte[] bytes, int i) {
            int b = bytes[i] & 0xFF;
            int length;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                min = 0x10000;
            } else {
                return 0;
            }
            if (i + length > bytes.length) {
                return 0;
            }
            int code = b & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return 0;
                }
                code = (code << 6) | (next & 0x3F);
            }
            boolean surrogate = code >= 0xD800 && code <= 0xDFFF;
            return code >= min && code <= 0x10FFFF && !surrogate ? length : 0;
        }
    }
}
