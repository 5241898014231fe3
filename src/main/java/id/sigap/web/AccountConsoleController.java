package id.sigap.web;

import id.sigap.account.AccountException;
import id.sigap.account.ConsoleAccounts;
import id.sigap.account.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Account management (admins): create, change roles, disable, reset a password, unlock. */
@Controller
class AccountConsoleController {

    private final ConsoleAccounts accounts;

    AccountConsoleController(ConsoleAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/konsol/pengguna")
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("minPassword", ConsoleAccounts.MIN_PASSWORD);
        model.addAttribute("accountsService", accounts);
        return "konsol/pengguna";
    }

    @PostMapping("/konsol/pengguna")
    String create(@RequestParam String username, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam String password, @RequestParam(name = "roles", required = false) List<String> roles,
                  @AuthenticationPrincipal ConsolePrincipal me, RedirectAttributes r) {
        return run(r, () -> {
            accounts.create(me.getUsername(), username, displayName, password, roles(roles));
            return "Akun " + username + " dibuat.";
        });
    }

    @PostMapping("/konsol/pengguna/{username}")
    String update(@PathVariable String username, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(name = "roles", required = false) List<String> roles,
                  @RequestParam(defaultValue = "false") boolean enabled,
                  @AuthenticationPrincipal ConsolePrincipal me, RedirectAttributes r) {
        return run(r, () -> {
            accounts.update(me.getUsername(), username, displayName, roles(roles), enabled);
            return "Akun " + username + " diperbarui.";
        });
    }

    @PostMapping("/konsol/pengguna/{username}/kata-sandi")
    String password(@PathVariable String username, @RequestParam String password,
                    @AuthenticationPrincipal ConsolePrincipal me, RedirectAttributes r) {
        return run(r, () -> {
            accounts.changePassword(me.getUsername(), username, password);
            return "Kata sandi " + username + " diganti.";
        });
    }

    @PostMapping("/konsol/pengguna/{username}/buka-kunci")
    String unlock(@PathVariable String username, @AuthenticationPrincipal ConsolePrincipal me, RedirectAttributes r) {
        return run(r, () -> {
            accounts.unlock(me.getUsername(), username);
            return "Akun " + username + " dibuka kuncinya.";
        });
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> out = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(n -> out.add(Role.parse(n)));
        }
        return out;
    }

    private static String run(RedirectAttributes r, java.util.function.Supplier<String> action) {
        try {
            r.addFlashAttribute("notice", action.get());
        } catch (AccountException e) {
            r.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/konsol/pengguna";
    }
}
