package id.sigap.retrieval;

import id.sigap.support.ShippedKnowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A match on generic words alone is no evidence of the topic; a follow-up's own topic word must be kept. */
class TopicEvidenceTest {

    static HybridKnowledgeRetriever retriever;

    @BeforeAll
    static void index() {
        retriever = ShippedKnowledge.retriever();
    }

    @Test
    void theOfficesListIsReadAsIndexTermsWithAndWithoutThePossessiveEnding() {
        var terms = GenericWords.parse("# a comment\n\nberlaku\nbiaya\n");

        assertThat(terms).containsAll(IndonesianAnalysis.terms("berlakunya"))
                .containsAll(IndonesianAnalysis.terms("berlaku")).containsAll(IndonesianAnalysis.terms("biayanya"))
                .doesNotContain("#", "comment");
    }

    @Test
    void aMatchOnGenericWordsAloneIsNotConfidentWhateverItsScore() {
        RetrievalResult generic = retriever.retrieve("biayanya berapa ya");
        RetrievalResult topical = retriever.retrieve("biaya perpanjang sim berapa ya");

        assertThat(generic.genericOnly()).isTrue();
        assertThat(generic.confident()).isFalse();
        assertThat(topical.genericOnly()).isFalse();
        assertThat(topical.confident()).isTrue();
    }

    @Test
    void aFollowUpKeepsTheEarlierTopicOnlyWhenItNamesNoneOfItsOwn() {
        RetrievalResult death = retriever.retrieve("syarat bikin akta kematian apa aja");
        RetrievalResult licence = retriever.retrieve("perpanjang sim di mana");

        assertThat(retriever.keepsTopic("sampai kapan berlakunya?", death)).isTrue();
        assertThat(retriever.keepsTopic("kalau santunan buat ahli warisnya ada?", death)).isFalse();
        assertThat(retriever.keepsTopic("kalau yang hilang ktp-nya?", licence)).isFalse();
    }

    @Test
    void aQuestionSplitBetweenTwoEntriesIsNotAnsweredWithEitherAlone() {
        // The shelter entry has the place, the distribution entry what was asked about it.
        RetrievalResult split = retriever.retrieve("kapan bantuan sembako dibagi di posko batu sari");
        assertThat(split.confident()).isFalse();
        assertThat(split.reasons()).contains("split-topic");
        assertThat(split.hits().stream().limit(3).map(RetrievalHit::entryId))
                .contains("banjir-posko-batu-sari", "banjir-jadwal-distribusi-logistik");

        // Asked about the shelter itself, the shelter entry answers.
        RetrievalResult whole = retriever.retrieve("posko pengungsian di batu sari ada di mana");
        assertThat(whole.reasons()).doesNotContain("split-topic");
        assertThat(whole.confident()).isTrue();
    }
}
