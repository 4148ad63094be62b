package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.extract.KeywordTokens.Word;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WrittenFormsTest {

    @Test
    void shouldFindAFormByItsCharactersWhereverTheTextWritesThem() {
        char[] text = "Iran and Iran, IRAN".toCharArray();
        WrittenForms forms = new WrittenForms(text, 4);
        Word iran = new Word("iran", "iran".hashCode(), 0);
        assertThat(forms.find(0, 4, forms.hash(0, 4))).isNull();
        WrittenForms.Form added = forms.add(0, 4, forms.hash(0, 4), Spellings.of(text, 0, 4, forms.hash(0, 4), Set.of()),
                iran, true, true);
        assertThat(forms.find(9, 13, forms.hash(9, 13))).isSameAs(added);
        assertThat(added.text).isEqualTo("Iran");
        assertThat(added.capitalised).isTrue();
        assertThat(forms.find(15, 19, forms.hash(15, 19))).isNull();
        assertThat(forms.find(0, 3, forms.hash(0, 3))).isNull();
    }

    @Test
    void shouldKeepEveryFormWhenTheTableGrows() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            words.append("w").append(i).append(' ');
        }
        char[] text = words.toString().toCharArray();
        WrittenForms forms = new WrittenForms(text, 1);
        int start = 0;
        for (int i = 0; i < 200; i++) {
            int end = words.indexOf(" ", start);
            int hash = forms.hash(start, end);
            forms.add(start, end, hash, Spellings.of(text, start, end, hash, Set.of()),
                    new Word("w" + i, ("w" + i).hashCode(), i), false, false);
            start = end + 1;
        }
        assertThat(forms.find(0, 2, forms.hash(0, 2)).word.id).isZero();
        int last = words.lastIndexOf("w199");
        assertThat(forms.find(last, last + 4, forms.hash(last, last + 4)).word.id).isEqualTo(199);
    }
}
