package io.newsflow.ingest;

import java.util.Locale;

/** Byte counts as a person reads them. */
final class Sizes {

    private Sizes() {
    }

    /** e.g. "6.0 MiB (6291456 bytes)", "512 bytes". */
    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s (%d bytes)", value, units[unit], bytes);
    }
}
