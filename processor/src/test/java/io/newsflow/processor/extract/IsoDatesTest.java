package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoDatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "2019-11-18T16:21:03-05:00 | 2019-11-18T16:21:03-05:00",
            "2019-11-19T13:40:05Z | 2019-11-19T13:40:05Z",
            "2019-11-20T01:50:59.403Z | 2019-11-20T01:50:59.403Z",
            "2019-11-20T11:06:01+0530 | 2019-11-20T11:06:01+05:30",
            "2019-11-20 11:06:01 +05:30 | 2019-11-20T11:06:01+05:30",
            "2019-11-20T11:06 | 2019-11-20",
            "2018-09-15 | 2018-09-15",
            "'Mon, 18 Nov 2019 16:21:03 GMT' | 2019-11-18T16:21:03Z",
            "yesterday | null",
            "2019-13-45 | null"})
    void shouldWriteIsoWithTheOffsetOnlyWhenThePageGivesOne(String raw, String expected) {
        assertThat(IsoDates.normalize(raw)).isEqualTo(expected);
    }
}
