package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.Entity;
import io.newsflow.events.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    private static final List<Entity> PEOPLE = List.of(new Entity("Hassan Rouhani", Entity.PERSON, 3, 0));
    private final QuoteExtractor quotes = new QuoteExtractor();

    @Test
    void shouldFindCurlyAndStraightQuotesWithoutTheirMarks() {
        String body = "“We agreed to step up security,” Rouhani said. Then \"we will try harder now\", he added.";
        assertThat(quotes.find(body, PEOPLE)).containsExactly(
                new Quote("We agreed to step up security", "Hassan Rouhani", 1),
                new Quote("we will try harder now", "Hassan Rouhani", 53));
    }

    @Test
    void shouldSkipScareQuotesAndApostrophes() {
        assertThat(quotes.find("It wants to stop “terrorism.” Rouhani’s men rock ‘n’ roll.", PEOPLE)).isEmpty();
    }

    @Test
    void shouldJoinAQuoteThatRunsOverParagraphs() {
        String body = "Rouhani said: “First part of it goes here.\n\n“Second part ends here,” he said.";
        assertThat(quotes.find(body, PEOPLE)).containsExactly(
                new Quote("First part of it goes here. Second part ends here", "Hassan Rouhani", 15));
    }

    @Test
    void shouldTakeSingleQuotesWhenTheyClearlyQuote() {
        assertThat(quotes.find("Rouhani said ‘we are ready to talk’ on Monday.", PEOPLE))
                .containsExactly(new Quote("we are ready to talk", "Hassan Rouhani", 14));
    }

    @Test
    void shouldStayFastAndFindNothingWhenQuotesNeverClose() {
        String body = "He said “this never closes and goes on. ".repeat(20_000);
        long start = System.nanoTime();
        assertThat(quotes.find(body, PEOPLE)).isEmpty();
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }
}
