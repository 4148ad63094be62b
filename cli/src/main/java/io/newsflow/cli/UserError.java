package io.newsflow.cli;

/** A problem the user can fix (bad flag, unreachable broker): printed as one line, exit code 2. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }

    UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
