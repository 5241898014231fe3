package id.sigap.sentiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learnt emergency model: its features, the shipped weights, and its second opinion beside the rules (recorded,
 * never deciding). Messages of the held-out set stay out of these tests: they measure it.
 */
class EmergencyModelTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();
    private static final Lexicon LEXICON = Lexicon.load();
    private static final TextNormaliser NORMALISER = new TextNormaliser(LEXICON.slang(), LEXICON::knows);

    @Test
    void featuresAreWordsAndPairsWithinAClause() {
        NormalisedText text = new NormalisedText(List.of("air", "naik", "|", "tolong"), 0, 0, false, false);
        assertThat(EmergencyModel.features(text)).containsExactly("w:air", "w:naik", "b:air_naik", "w:tolong");
    }

    @Test
    void noModelNeverAlarms() {
        assertThat(EmergencyModel.NONE.alarms(NORMALISER.normalise("tolong anak saya tenggelam"))).isFalse();
    }

    @Test
    void theShippedModelReadsAPlainEmergencyHighAndAPlainQuestionLow() {
        EmergencyModel model = EmergencyModel.load();
        assertThat(model.probability(NORMALISER.normalise("tolong anak saya hanyut terbawa arus sungai"))).isGreaterThan(EmergencyModel.THRESHOLD);
        assertThat(model.probability(NORMALISER.normalise("syarat bikin ktp elektronik apa saja ya min"))).isLessThan(0.1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "anak saya main di kali tadi, sekarang tidak ada di pinggir, sandalnya masih di batu",
            "rumah tetangga asapnya tebal dari jendela atas, neneknya masih di kamar"})
    void aDangerNoRuleNamesGetsTheSecondOpinionButNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
        assertThat(reading.signals()).as(message).anyMatch(s -> s.startsWith("learnt-emergency:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "syarat bikin ktp elektronik apa saja ya min",
            "kalau ada orang pingsan, pertolongan pertamanya apa? buat materi penyuluhan",
            "banjir tahun lalu sudah surut semua, bantuan perbaikan rumah kapan cair?"})
    void aPlainQuestionOrAnEventOverGetsNoSecondOpinion(String message) {
        assertThat(classifier.classify(message).signals()).as(message).noneMatch(s -> s.startsWith("learnt-emergency:"));
    }

    @Test
    void aRuleFindingLeavesNoRoomForASecondOpinion() {
        Classification reading = classifier.classify("tolong rumah tetangga kebakaran, ada orang di dalam");
        assertThat(reading.emergency()).isTrue();
        assertThat(reading.signals()).noneMatch(s -> s.startsWith("learnt-emergency:"));
    }
}
