package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static final String HTML = """
            <html><head><meta property="og:title" content="Conseil municipal : le budget adopté">
            <meta property="article:section" content="Politique"></head>
            <body><nav><a href="/">Accueil</a></nav><article><h1>Conseil municipal : le budget adopté</h1>
            <p>%s</p><p>Le vote a eu lieu tard dans la soirée, après une longue séance, en présence du maire.</p>
            </article><footer>Mentions légales</footer></body></html>""".formatted(LanguageSamples.FRENCH);

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void shouldReadHtmlWhenTheContentTypeSaysSo() {
        Extraction extraction = extractor.extract(HTML, "text/html; charset=UTF-8", null);
        assertThat(extraction.title()).isEqualTo("Conseil municipal : le budget adopté");
        assertThat(extraction.section()).isEqualTo("Politique");
        assertThat(extraction.body()).startsWith("Le conseil municipal a adopté")
                .contains("\n\nLe vote a eu lieu").doesNotContain("Accueil", "Mentions", "<p>");
        assertThat(extraction.language()).isEqualTo("fr");
        assertThat(extraction.wordCount()).isEqualTo(46);
    }

    @Test
    void shouldFindTheStoryAmongTheLinesWhenAnHtmlPageHasNoParagraphElements() {
        String html = "<html><body><div>Home</div><div>World</div><div>Sports</div><div>Opinion</div><div>"
                + LanguageSamples.ENGLISH.replace(". ", ".<br><br>") + "</div><div>Share</div><div>Recent Posts</div>"
                + "<div>Another story</div><div>12 hours ago</div></body></html>";
        assertThat(extractor.extract(html, "text/html", null).body())
                .isEqualTo(LanguageSamples.ENGLISH.replace(". ", ".\n\n"));
    }

    @Test
    void shouldReadPlainTextWhenTheContentTypeIsPlain() {
        Extraction extraction = extractor.extract("City Council Approves New Budget\n\n" + LanguageSamples.ENGLISH, "text/plain", null);
        assertThat(extraction.title()).isEqualTo("City Council Approves New Budget");
        assertThat(extraction.body()).isEqualTo(LanguageSamples.ENGLISH);
        assertThat(extraction.section()).isNull();
        assertThat(extraction.language()).isEqualTo("en");
    }

    @Test
    void shouldKeepEveryLineOfAWireCopyWhenItHasNoPageFurniture() {
        String wire = """
                SOCCER - KESTREL ROVERS BEAT HALDEN TOWN IN CUP REPLAY

                BRAMFORD, Northshire 2026-03-14

                Kestrel Rovers reached the quarter-finals of the Northshire Cup on Saturday after beating Halden Town \
                3-1 in a replay at Marlow Park.

                Striker Tomas Ellery scored twice before half-time and Vincent Oduya added a third after the break.

                Result:

                Kestrel Rovers 3 Halden Town 1

                Rovers play Port Aldwin next week in Ardley.
                """;
        Extraction extraction = extractor.extract(wire, "text/plain", null);
        assertThat(extraction.title()).isEqualTo("SOCCER - KESTREL ROVERS BEAT HALDEN TOWN IN CUP REPLAY");
        assertThat(extraction.body()).startsWith("BRAMFORD, Northshire 2026-03-14\n\nKestrel Rovers reached")
                .endsWith("Result:\n\nKestrel Rovers 3 Halden Town 1\n\nRovers play Port Aldwin next week in Ardley.");
        assertThat(extraction.entities()).extracting(e -> e.name()).contains("Port Aldwin", "Ardley", "Tomas Ellery");
    }

    @Test
    void shouldNameWhoIsCreditedUnderTheStoryWithoutPuttingTheCreditInTheBody() {
        String story = "Harbour Works Reopen\n\n" + LanguageSamples.ENGLISH + "\n\nShare this article\n\n"
                + "Photo: Ann Example / Northshire Pictures";
        Extraction extraction = extractor.extract(story, "text/plain", null);
        assertThat(extraction.body()).isEqualTo(LanguageSamples.ENGLISH);
        assertThat(extraction.entities()).filteredOn(e -> e.name().equals("Ann Example"))
                .extracting(e -> e.firstOffset()).containsExactly(-1);
    }

    @Test
    void shouldKeepAShortNoteWhenThereIsNoProseToAnchorOn() {
        Extraction extraction = extractor.extract("Meeting moved to Friday", "text/plain", null);
        assertThat(extraction.body()).isEqualTo("Meeting moved to Friday");
        assertThat(extraction.wordCount()).isEqualTo(4);
        assertThat(extraction.language()).isNull();
    }

    @Test
    void shouldReturnAnEmptyExtractionWhenTheContentIsEmptyOrNull() {
        for (String content : new String[] {"", null, " \n\u00A0\n"}) {
            for (String type : new String[] {"text/plain", "text/html"}) {
                Extraction extraction = extractor.extract(content, type, null);
                assertThat(extraction.title()).isNull();
                assertThat(extraction.body()).isEmpty();
                assertThat(extraction.wordCount()).isZero();
                assertThat(extraction.readingTimeMinutes()).isZero();
                assertThat(extraction.language()).isNull();
                assertThat(extraction.languageConfidence()).isNull();
                assertThat(extraction.entities()).isEmpty();
            }
        }
    }

    @Test
    void shouldDetectTheLanguageWhenTheArticleIsInPersian() {
        Extraction extraction = extractor.extract("بودجه جدید شهر تصویب شد\n\n" + LanguageSamples.PERSIAN, "text/plain", null);
        assertThat(extraction.language()).isEqualTo("fa");
        assertThat(extraction.body()).contains("سه\u200Cشنبه");
    }

    @Test
    void shouldGiveTheSameResultWhenOneInstanceServesManyThreads() throws Exception {
        List<String> inputs = List.of(HTML, "Title Of A Plain Story\n\n" + LanguageSamples.GERMAN, LanguageSamples.URDU);
        List<Extraction> expected = List.of(extractor.extract(inputs.get(0), "text/html", null),
                extractor.extract(inputs.get(1), "text/plain", null), extractor.extract(inputs.get(2), "text/plain", null));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i % 3;
                checks.add(pool.submit(() -> extractor.extract(inputs.get(n), n == 0 ? "text/html" : "text/plain", null)
                        .equals(expected.get(n))));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
