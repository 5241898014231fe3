package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-fifth session (batches N35-R35, read): the chat's own question said to be unanswered ("yg tadi sy tanya blm
 * dijawab", "woi jawab") got choices of entries sharing a word, or the information-request entry surely; a person looks
 * at what was asked. The attacks keep an agency's silence, a letter or a report unanswered, and an answer asked about.
 */
class UnansweredQuestionTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"yg td sy tanya soal jembatan udh dijawab blm ya min", "kok gk ada balesan",
            "napa sih botnya lemot, tadi gw nanya ga dijawab2", "yg tadi sy tanya blm dijawab", "woi min bales dong",
            "dari kemaren nanya gk dijawab2", "woi jawab", "dari kmrn pesan sy gk dibales. kalian digaji pake duit rakyat"})
    void theChatsQuestionUnansweredAsksForAPerson(String message) {
        assertThat(classifier.classify(message).wantsHuman()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"permohonan informasi saya belum dijawab sama dinas, bisa ajukan keberatan?",
            "sudah lapor ke kelurahan tapi belum ada tanggapan dari kelurahan", "pertanyaan saya sudah dijawab di web?",
            "jawaban soal bansos itu dimana", "min td udh dijawab makasih ya", "kok pdam tidak ada respon",
            "jawab soal ujian gimana"})
    void anAgencysSilenceOrAnAnswerAskedAboutIsNot(String message) {
        assertThat(classifier.classify(message).wantsHuman()).as(message).isFalse();
    }
}
