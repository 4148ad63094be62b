package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;

/** The permission case as words: tests running as root cannot make a file unreadable (see ArticleFilesTest). */
class IngestErrorsTest {

    @Test
    void shouldSayPermissionDeniedInsteadOfTheExceptionName() {
        assertThat(IngestErrors.describe(new AccessDeniedException("/data/a.txt"))).isEqualTo("permission denied");
    }
}
