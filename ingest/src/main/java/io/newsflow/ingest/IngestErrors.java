package io.newsflow.ingest;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** One-line, person-readable descriptions of I/O failures: the exception's class name means nothing to users. */
final class IngestErrors {

    private IngestErrors() {
    }

    static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
