package io.newsflow.localkafka;

/** What a broker and a cluster both do around their start and end. */
final class Lifecycle {

    private Lifecycle() {
    }

    /**
     * Runs {@code start}; if it fails, closes {@code resource} so no half-started child JVM or directory
     * is left, and rethrows the start failure with any close failure suppressed in it.
     *
     * @return {@code resource}, started
     */
    static <T extends AutoCloseable> T startOrClose(T resource, Runnable start) {
        try {
            start.run();
            return resource;
        } catch (RuntimeException | Error e) {
            try {
                resource.close();
            } catch (Exception closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }

    static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            // The hook is running or about to run; it copes with what close() already did.
        }
    }
}
