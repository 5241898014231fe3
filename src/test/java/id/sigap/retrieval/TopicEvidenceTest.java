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
    void anEntrySharingNoTopicalWordWithTheQuestionIsTold() {
        // forty-second session (batches Y45-B46, read): "ada toleransi berapa hari?" after a licence question was
        // suggested the vehicle-tax amnesty and the public-service mall, "bisa tolong ditegur dr pemda gk" after a
        // parking quarrel the free legal aid; entries found by the sense of the words or by "how" and "when" alone
        var entries = java.util.List.of("layanan-pemutihan-pajak-kendaraan", "layanan-mal-pelayanan-publik",
                "layanan-bantuan-hukum-gratis");
        assertThat(retriever.shareNoTopic("ada toleransi berapa hari?", entries))
                .containsExactlyInAnyOrderElementsOf(entries);
        assertThat(retriever.shareNoTopic("bisa tolong ditegur dr pemda gk wkwk", entries))
                .containsExactlyInAnyOrderElementsOf(entries);
        entries = java.util.List.of("layanan-perpanjangan-sim", "banjir-air-bersih");
        // a word of the entry's own, in Indonesian or English, keeps it
        assertThat(retriever.shareNoTopic("perpanjang sim bisa diwakilkan gk", entries))
                .containsExactly("banjir-air-bersih");
        assertThat(retriever.shareNoTopic("when does the water tanker come?", entries))
                .containsExactly("layanan-perpanjangan-sim");
        assertThat(retriever.shareNoTopic("apa aja", java.util.List.of("no-such-entry"))).isEmpty();
    }

    @Test
    void theNearestOfSeveralPlacesIsNotAnsweredWithOneWhenNoPlaceIsNamed() {
        // seventh session (lead's held-out batch): "nearest" depends on where the citizen is, which Sigap does not know
        for (String asked : new String[] {"posko pengungsian terdekat dimana",
                "Hello, where is the nearest evacuation shelter?"}) {
            RetrievalResult nearest = retriever.retrieve(asked);
            assertThat(nearest.confident()).as(asked).isFalse();
            assertThat(nearest.reasons()).as(asked).contains("needs-place");
        }
        // A place named, or a landmark only one region's entry has, still gets that region's entry.
        for (String asked : new String[] {"tempat ngungsi paling dekat dari sangkara utara",
                "posko terdekat dari pasar lama"}) {
            assertThat(retriever.retrieve(asked).reasons()).as(asked).doesNotContain("needs-place");
        }
        // No "nearest": the rule says nothing.
        assertThat(retriever.retrieve("posko pengungsian di batu sari ada di mana").reasons())
                .doesNotContain("needs-place");
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
