package io.newsflow.processor;

import io.newsflow.processor.extract.Extraction;

/** The extraction step as the topology sees it: the library in production, anything in a test. */
@FunctionalInterface
public interface Extractor {

    Extraction extract(String content, String contentType);
}
