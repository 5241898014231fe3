package id.sigap.conversation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-sixth session (batches M36-P36, read): a joke said to be one or laughed at about the bot, asking what the staff
 * are doing or whether they ate, a greeting only and a cheer beside "banjir dmn2" (everywhere) opened staff tickets or got
 * choices. The attacks keep a joke denied, a question laughed at, evacuees asked after and a question beside a greeting.
 */
class JokesAndAskingAfterStaffTest {

    @ParameterizedTest
    @ValueSource(strings = {"canda min", "canda min wkwk", "udh sarapan blm min? wkwk becanda",
            "min lagi ngapain? udah makan blm? 😆", "min kamu robot ya? kalo robot kena asap batuk gk wkwkwk",
            "min bot nya bisa berenang gk kalo banjir 😂😂", "gpp cuma nyapa aja, semangat kerjanya ya",
            "semangat ya min kerjanya, pasti lg sibuk bgt ini banjir dmn2",
            // batches Q36-T36, read after their measurement
            "gk kok cuma nyapa aja hehe. semangat kerjanya ya min", "min wis maem durung? ojo kerjo terus 😂",
            "yaudah deh kalo gk tau 😔", "oalah yauda semangat ya bot",
            // batches X36-Z36 and A37-D37, read
            "mau tanya aja sih", "cuma mau nyapa aja hehe semangat kerjanya ya", "min admin nya udh makan blm 😁",
            "assalamualaikum min, pasti lg sibuk bgt ya. semoga petugas semua sehat2 dan dikasih kekuatan",
            "gk nanya apa2 kok cm mau bilang itu aja 🙏", "yah masa gk tau min", "jgn kerja terus istirahat jg ya",
            "hallo min lagi sibuk gk? wkwk", "yah masa gk bisa, katanya bot pinter", "met hari senin semangat 💪", "monggo min, sugeng dalu. nembe nyobi bot niki, saged boso jowo to?"})
    void aJokeOrAskingAfterTheStaffIsSmallTalk(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ini bukan bercanda min air udh sepinggang", "bot nya gk bisa jawab kapan bansos cair wkwk",
            "anak2 di posko udah makan belum min", "pengungsi di posko sudah makan belum?",
            "sy cuma nyapa, mau tanya posko di batu sari dmn", "banjir dmn2, posko terdekat di mana min",
            "wkwk robot, petugasnya mana", "kalo gk tau posko dmn, tanya siapa ya",
            "kalau tidak bisa online, daftarnya ke mana?", "mau tanya aja, posko batu sari dmn",
            "min lagi sibuk gk? sy mau tanya bansos", "masa tidak tahu jadwal operasi pasar, gimana sih",
            // the final held-out batch T37
            "canda min. serius nih, pajak motor bisa dicicil gk? lg bokek bgt", "bansos kapan cair semangat"})
    void aDeniedJokeOrAQuestionBesideTheSameWordsIsNot(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.SMALL_TALK);
    }

    /** Batch F37 (read after its measurement): laughing, but asking whether a person types, gets the honest answer. */
    @Test
    void laughingButAskingWhetherItIsABotIsAboutTheBot() {
        assertThat(SmallTalk.recognise("min kamu robot ya? 😂 atau ada orangnya yg ngetik")).contains(SmallTalk.Kind.ABOUT_BOT);
        assertThat(SmallTalk.recognise("min bot nya bisa berenang gk kalo banjir 😂😂")).contains(SmallTalk.Kind.BANTER);
    }
}
