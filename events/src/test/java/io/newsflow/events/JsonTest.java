package io.newsflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void shouldWriteMapEntriesInKeyOrderWhateverTheMapsOwnOrder() throws Exception {
        Map<String, Integer> removed = new LinkedHashMap<>();
        removed.put("share", 2);
        removed.put("dateline", 1);
        removed.put("related", 6);
        assertThat(Json.MAPPER.writeValueAsString(Map.of("removedBlocks", removed)))
                .isEqualTo("{\"removedBlocks\":{\"dateline\":1,\"related\":6,\"share\":2}}");
    }
}
