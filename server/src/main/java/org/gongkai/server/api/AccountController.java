package org.gongkai.server.api;

import java.util.Map;
import org.gongkai.server.security.Caller;
import org.gongkai.server.security.PasswordChangeGate;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Users;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A signed-in user changes their own password: the one call a user with a temporary password may make. */
@RestController
public class AccountController {

    public record PasswordForm(String current, String password) {
    }

    private final Users users;
    private final DisclosureRepository repository;

    public AccountController(Users users, DisclosureRepository repository) {
        this.users = users;
        this.repository = repository;
    }

    @PostMapping(PasswordChangeGate.API)
    public Map<String, String> password(@AuthenticationPrincipal Caller caller, @RequestBody PasswordForm form) {
        users.changePassword(caller.username(), form.current(), form.password(), null).ifPresent(problem -> {
            throw ApiException.badRequest("密码未修改：" + problem);
        });
        repository.audit(caller.username(), null, "ACCOUNT", "修改本人密码");
        return Map.of("message", "密码已修改");
    }
}
