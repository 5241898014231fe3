package id.sigap.web;

import id.sigap.account.ConsoleAccount;
import id.sigap.account.Role;
import id.sigap.handoff.StaffMember;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;

/** The signed-in console account as Spring Security holds it in the session. */
final class ConsolePrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private final long id;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;
    private final long sessionEpoch;
    private transient String password;

    ConsolePrincipal(ConsoleAccount account, boolean locked) {
        this.username = account.username();
        this.id = account.id();
        this.displayName = account.displayName();
        this.roles = account.roles();
        this.enabled = account.enabled();
        this.locked = locked;
        this.sessionEpoch = account.sessionEpoch();
        this.password = account.passwordHash();
    }

    /** The account's session epoch when this sign-in happened; see {@link ConsoleAccount#sessionValid}. */
    public long sessionEpoch() {
        return sessionEpoch;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(String role) {
        return roles.contains(Role.parse(role));
    }

    /** The same person as a handoff staff member, with the account's stable numeric id. */
    public StaffMember staff() {
        return new StaffMember(id, displayName);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }
}
