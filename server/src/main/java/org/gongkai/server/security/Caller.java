package org.gongkai.server.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An authenticated user: role, and the department or region the role is bound to. A disabled user cannot sign in; one
 * whose password was set by the administrator (new, or reset) must choose a password of their own before anything else.
 */
public record Caller(String username, String passwordHash, Role role, String departmentCode, String regionCode, boolean locked,
                     boolean disabled, boolean mustChangePassword) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
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
        return !disabled;
    }

    /** The same user, locked for the client signing in (see {@link LoginThrottle}). */
    Caller asLocked() {
        return new Caller(username, passwordHash, role, departmentCode, regionCode, true, disabled, mustChangePassword);
    }
}
