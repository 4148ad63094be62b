package io.newsflow.processor;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whether bytes are well-formed UTF-8 as Unicode defines it (its table 3-7): no overlong forms, no encoded
 * surrogates, nothing past U+10FFFF, no truncated sequence. The JDK's reporting decoder answers the same, but
 * only by decoding the whole text; Jackson's UTF-8 parser decodes without these checks (it takes an overlong
 * {@code C0 AF} for '/'), so a value it is to parse is checked here first.
 */
final class StrictUtf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private StrictUtf8() {
    }

    static boolean isWellFormed(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            // Articles are mostly ASCII: eight bytes at a time until a byte with its high bit set.
            if (i + Long.BYTES <= n && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
                continue;
            }
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(lead);
            if (length == 0 || i + length > n) {
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < lowestSecond(lead) || second > highestSecond(lead)) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }

    /** 0 for a byte that cannot start a sequence: a continuation byte, C0 and C1 (always overlong), F5-FF. */
    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    /** E0 and F0 would be overlong below these; other leads take any continuation byte. */
    private static int lowestSecond(int lead) {
        return lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    }

    /** ED above 9F would encode a surrogate, F4 above 8F a code point past U+10FFFF. */
    private static int highestSecond(int lead) {
        return lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    }
}
