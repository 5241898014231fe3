package id.sigap.conversation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's one reading of a message's sentences (forty-eighth session: OutsideRemit, QuestionParts and
 * SelfIntroduction had three). The attacks: an address's abbreviation, a price's thousands, a question typed against the
 * next word, repeated marks and blank lines.
 */
class SentencesTest {

    @Test
    void cutsAfterEachMarkAndAtEachLine() {
        assertThat(Sentences.of("listrik mati dr kemarin. kapan nyala? tolong dicek!\nmakasih"))
                .containsExactly("listrik mati dr kemarin.", "kapan nyala?", "tolong dicek!", "makasih");
    }

    @Test
    void aQuestionTypedAgainstTheNextWordEndsThere() {
        assertThat(Sentences.of("skor bola semalem brp?gk bisa nonton krn mati lampu"))
                .containsExactly("skor bola semalem brp?", "gk bisa nonton krn mati lampu");
    }

    @Test
    void anAbbreviationsDotAndAPricesThousandsEndNothing() {
        assertThat(Sentences.of("koridor 2 skrg gk lewat jl. merdeka lg ya? harganya Rp5.000 kan"))
                .containsExactly("koridor 2 skrg gk lewat jl. merdeka lg ya?", "harganya Rp5.000 kan");
        assertThat(Sentences.of("rumah sy di kel. sukamaju no. 3 kebanjiran")).hasSize(1);
    }

    @Test
    void repeatedMarksAndBlankLinesMakeNoEmptySentence() {
        assertThat(Sentences.of("  kok gitu sih?!! \n\n\n serius...  ")).containsExactly("kok gitu sih?!!", "serius...");
        assertThat(Sentences.of("   ")).isEmpty();
        assertThat(Sentences.of(null)).isEmpty();
    }
}
