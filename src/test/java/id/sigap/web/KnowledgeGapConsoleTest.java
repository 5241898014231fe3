package id.sigap.web;

import id.sigap.account.Role;
import id.sigap.transcript.GapTranscripts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The "Celah pengetahuan" page: staff and editors see the current gaps; other roles and strangers do not. */
class KnowledgeGapConsoleTest extends ConsoleTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.data.redis.core.StringRedisTemplate redis;

    @Test
    void staffSeeEachGapWithItsCitizensRedactedExamplesAndNearestEntriesLinked() throws Exception {
        Instant t = Instant.now().minus(Duration.ofHours(1));
        List<String> near = List.of("banjir-layanan-kesehatan-gratis", "entri-yang-sudah-dihapus");
        new GapTranscripts(DATA, redis)
                .question(t, "w-rabies-1", "kapan vaksin rabies kucing gratis dibuka", "HANDOFF",
                        List.of("unanswerable"), null, near)
                .question(t.plusSeconds(30), "w-rabies-2", "vaksin rabies kucing gratis kapan? NIK 3201234567890123",
                        "HANDOFF", List.of("low-confidence"), null, near);

        ConsolePrincipal staff = principal(account("petugas", Role.STAFF));
        String html = mvc.perform(get("/konsol/celah").with(user(staff))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Celah pengetahuan", "kapan vaksin rabies kucing gratis dibuka", "[NIK]",
                "href=\"/konsol/kb/banjir-layanan-kesehatan-gratis\"",
                "Layanan kesehatan gratis dan posko kesehatan untuk korban banjir", "entri-yang-sudah-dihapus",
                "class=\"aktif\"");
        assertThat(html).doesNotContain("3201234567890123");
        int example = html.indexOf("kapan vaksin rabies kucing gratis dibuka");
        String row = html.substring(html.lastIndexOf("<tr", example), example);
        assertThat(row).as("two citizens, two questions").contains("<td>2</td>\n      <td>2</td>");
    }

    @Test
    void editorsMaySeeThePageApproversAloneAndStrangersMayNot() throws Exception {
        mvc.perform(get("/konsol/celah")).andExpect(status().isFound()).andExpect(redirectedUrl("/konsol/masuk"));
        mvc.perform(get("/konsol/celah").with(user(principal(account("editor", Role.EDITOR))))).andExpect(status().isOk());
        mvc.perform(get("/konsol/celah").with(user(principal(account("penyetuju", Role.APPROVER)))))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyEditorsMakeADraftFromAGapAndAGapNoLongerThereIsSaidSo() throws Exception {
        String path = "/konsol/celah/gap-00000000aa/draf";
        mvc.perform(post(path).with(csrf()).with(user(principal(account("petugas", Role.STAFF)))))
                .andExpect(status().isForbidden());
        mvc.perform(post(path).with(csrf()).with(user(principal(account("penyetuju", Role.APPROVER)))))
                .andExpect(status().isForbidden());
        mvc.perform(post(path).with(csrf()).with(user(principal(account("editor", Role.EDITOR)))))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/konsol/celah"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("gap-00000000aa tidak ada lagi")));
    }

    @Test
    void aPeriodThatIsNotADayCountIsRefusedClearlyAndTheLastWeekShown() throws Exception {
        ConsolePrincipal staff = principal(account("petugas", Role.STAFF));
        for (String bad : List.of("0", "x", "-2", "9999")) {
            String html = mvc.perform(get("/konsol/celah").param("hari", bad).with(user(staff)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).as(bad).contains("Jangka waktu harus bilangan 1 sampai 366 hari", "value=\"7\"");
        }
    }
}
