package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerFinderTest {

    private static final List<Entity> PEOPLE = List.of(new Entity("Hassan Rouhani", Entity.PERSON, 2, 0),
            new Entity("Imran Khan", Entity.PERSON, 2, 0));

    private static String speaker(String body) {
        int open = body.indexOf('“');
        return new SpeakerFinder(body, PEOPLE).speakerOf(open, body.indexOf('”') + 1);
    }

    @Test
    void shouldNameTheSpeakerAfterTheQuoteEitherSideOfTheVerb() {
        assertThat(speaker("“We are ready for it,” Khan said.")).isEqualTo("Imran Khan");
        assertThat(speaker("“We are ready for it,” said Rouhani.")).isEqualTo("Hassan Rouhani");
    }

    @Test
    void shouldNameTheSubjectBeforeTheQuote() {
        assertThat(speaker("In a meeting with Khan, Rouhani pointed to ties and said, “We are ready for it.”"))
                .isEqualTo("Hassan Rouhani");
        assertThat(speaker("To help trade, according to Rouhani, “we are ready for it.”")).isEqualTo("Hassan Rouhani");
    }

    @Test
    void shouldResolveHeToThePersonLastSeenAsASubject() {
        assertThat(speaker("Rouhani said in a press conference with Khan that it went well. “We are ready,” he said."))
                .isEqualTo("Hassan Rouhani");
    }

    @Test
    void shouldResolveATitleToThePersonItWasUsedFor() {
        assertThat(speaker("President Hassan Rouhani came. Later the President said, “We are ready for it.”"))
                .isEqualTo("Hassan Rouhani");
    }

    @Test
    void shouldReturnNullWhenNobodyIsNamed() {
        assertThat(speaker("The premier said certain things, but “we will try harder.”")).isNull();
    }
}
