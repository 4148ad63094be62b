package io.newsflow.processor.extract;

import io.newsflow.events.Entity;
import java.util.List;

/** Finds the people, organisations and places an article mentions. */
final class EntityExtractor {

    /** @param title may be null; entities named only in the title have firstOffset -1 */
    List<Entity> find(String title, String body) {
        return List.of();
    }
}
