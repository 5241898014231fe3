package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-sixth session (batch I52, read): an introduction before the question was handed to a person at once, and the
 * question that followed was relayed to staff, never answered by the bot. The attacks keep an introduction that asks,
 * reports or tells a trouble in the same message out.
 */
class SelfIntroductionTest {

    @ParameterizedTest
    @ValueSource(strings = {"selamat siang min, sy pak Darto ketua RT 04 RW 02 kel. Sukamaju, Kota Sangkara",
            "Sugeng enjang min. Kula Pak Slamet, ketua RT 07 Dusun Krajan, Lembah Hijau",
            "Saya Yanto, ketua RW 05.",
            "punten min, abdi Ceu Euis ti Desa Mekarsari, Lembah Hijau",
            "Hi, I'm Budi, a teacher at SDN 3 Sangkara",
            "perkenalkan saya Rina, kader posyandu desa Suka Damai"})
    void whoAndWhereIsAnIntroduction(String message) {
        assertThat(SelfIntroduction.only(message)).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"saya warga desa sukamaju, rumah saya kebanjiran",
            "sy relawan di posko itu. videonya dipotong",
            "Saya ketua RT 04 Kel. Pantai Indah, Pesisir Barat. Mau tanya jadwal uji sirine",
            "saya tinggal di batu sari, posko terdekat dmn?",
            "sy korban banjir dari desa cikadu belum dapat beras",
            "saya mau lapor",
            "ketua RT 04 kel sukamaju",
            "selamat pagi min"})
    void anIntroductionThatSaysMoreIsNot(String message) {
        assertThat(SelfIntroduction.only(message)).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"selamat siang min, sy pak Darto ketua RT 04 RW 02 kel. Sukamaju, Kota Sangkara",
            "Sugeng enjang min. Kula Pak Slamet, ketua RT 07 Dusun Krajan, Lembah Hijau", "Saya Yanto, ketua RW 05."})
    void anIntroductionIsGreetedNotHandedOff(String message) {
        Decision decision = ShippedAnswers.decide(message);
        assertThat(decision.outcome()).as(message).isEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sy tinggal di batu sari. posko pengungsian terdekat dmn ya?",
            "saya warga desa sukamaju, rumah saya kebanjiran", "saya nelayan di pesisir barat, solar susah"})
    void anIntroductionWithItsQuestionIsNoSmallTalk(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Saya ketua RT 04 Kel. Pantai Indah, Pesisir Barat. Mau tanya jadwal uji sirine"})
    void aPlaceInTheIntroductionDoesNotAnswerTheQuestion(String message) {
        Decision decision = ShippedAnswers.decide(message);
        assertThat(decision.outcome()).as(message).isNotEqualTo(Decision.Outcome.ANSWER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sy tinggal di batu sari. posko pengungsian terdekat dmn ya?",
            "Saya warga Kota Batu Sari. Posko pengungsian terdekat di mana?"})
    void aPlaceInTheIntroductionStillTellsTheKindApart(String message) {
        Decision decision = ShippedAnswers.decide(message);
        assertThat(decision.outcome()).as(message).isEqualTo(Decision.Outcome.ANSWER);
        assertThat(decision.entryId()).as(message).isEqualTo("banjir-posko-batu-sari");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Saya ketua RT 04 Kel. Pantai Indah, Pesisir Barat. Mau tanya jadwal uji sirine"})
    void theQuestionAfterAnIntroductionIsFound(String message) {
        assertThat(SelfIntroduction.questionAfter(message)).contains("Mau tanya jadwal uji sirine");
    }

    /** The question after an introduction is answered by the bot, not relayed to a queue the introduction opened. */
    @org.junit.jupiter.api.Test
    void theQuestionAfterAnIntroductionIsAnswered() {
        Decision decision = ShippedAnswers.after("selamat siang min, sy pak Darto ketua RT 04 RW 02 kel. Sukamaju, Kota Sangkara",
                "cara daftar bantuan perbaikan rumah rusak akibat banjir gimana?");
        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.ANSWER);
        assertThat(decision.entryId()).isEqualTo("banjir-bantuan-rumah-rusak");
    }
}
