package io.newsflow.events;

import org.apache.kafka.common.serialization.Serde;

/** A topic name paired with its Serdes, so producers and consumers of a topic cannot disagree. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {
}
