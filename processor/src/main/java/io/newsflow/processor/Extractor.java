package io.newsflow.processor;

import io.newsflow.processor.extract.Extraction;
import java.time.Instant;

/** The extraction step as the topology sees it: the library in production, anything in a test. */
@FunctionalInterface
public interface Extractor {

    Extraction extract(String content, String contentType, Instant ingestedAt);
}
