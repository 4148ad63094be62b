package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffsetRangeFileTest {

    @Test
    void shouldNameAFileByTopicPartitionAndZeroPaddedOffsets() {
        OffsetRangeFile file = new OffsetRangeFile("newsflow.articles.enriched", 2, 0, 1234);

        assertThat(file.fileName())
                .isEqualTo("newsflow.articles.enriched+2+00000000000000000000+00000000000000001234.jsonl");
        assertThat(file.nextOffset()).isEqualTo(1235);
        assertThat(OffsetRangeFile.parse(file.fileName())).contains(file);
    }

    @Test
    void shouldSortByNameInOffsetOrder() {
        List<String> names = new ArrayList<>();
        for (long start : new long[] {1_000_000, 9, 10, 0, 99}) {
            names.add(new OffsetRangeFile("t", 0, start, start).fileName());
        }
        Collections.sort(names);

        assertThat(names).extracting(name -> OffsetRangeFile.parse(name).orElseThrow().startOffset())
                .containsExactly(0L, 9L, 10L, 99L, 1_000_000L);
    }

    @Test
    void shouldNotTakeOtherFilesForCommittedOnes() {
        String temp = OffsetRangeFile.tempFileName("t", 0, 5);

        assertThat(temp).isEqualTo(".t+0+00000000000000000005.jsonl.tmp");
        assertThat(OffsetRangeFile.isTempFileName(temp)).isTrue();
        assertThat(OffsetRangeFile.parse(temp)).isEmpty();
        assertThat(OffsetRangeFile.parse("enriched.jsonl")).isEmpty();
        assertThat(OffsetRangeFile.parse("t+0+5+9.jsonl")).as("offsets not padded").isEmpty();
        assertThat(OffsetRangeFile.parse("t+0+00000000000000000009+00000000000000000005.jsonl"))
                .as("end before start").isEmpty();
        assertThat(OffsetRangeFile.parse("../t+0+00000000000000000000+00000000000000000001.jsonl")).isEmpty();
        assertThat(OffsetRangeFile.isTempFileName("t+0+00000000000000000000+00000000000000000001.jsonl")).isFalse();
    }

    @Test
    void shouldRefuseARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new OffsetRangeFile("t", 0, 5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseTopicNamesThatAreNotKafkaTopicNames() {
        for (String bad : new String[] {"..", ".", "../etc", "a/b", "a+b", "", "a\u0000b"}) {
            assertThatThrownBy(() -> SinkConfig.checkedTopicName(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(SinkConfig.checkedTopicName("newsflow.articles.enriched-v2_x")).isNotNull();
    }
}
