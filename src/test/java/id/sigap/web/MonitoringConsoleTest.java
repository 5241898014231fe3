package id.sigap.web;

import id.sigap.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The live monitoring page of the console: signed-in officers see it in the console layout; nobody else does. */
class MonitoringConsoleTest extends ConsoleTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void aSignedInOfficerSeesTheLiveBriefInTheConsoleLayoutAndAStrangerIsSentToSignIn() throws Exception {
        mvc.perform(get("/konsol/pantauan")).andExpect(status().isFound()).andExpect(redirectedUrl("/konsol/masuk"));
        ConsolePrincipal staff = principal(account("petugas", Role.STAFF));
        String html = mvc.perform(get("/konsol/pantauan").with(user(staff))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Pantauan isu 24 jam terakhir", "Isu utama", "Sentimen per wilayah", "Umpan berita",
                "class=\"aktif\"", "Antrean petugas");
    }
}
