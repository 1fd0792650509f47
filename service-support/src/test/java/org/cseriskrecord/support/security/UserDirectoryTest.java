package org.cseriskrecord.support.security;

import org.cseriskrecord.events.Role;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserDirectoryTest {
    private final org.springframework.security.crypto.password.PasswordEncoder encoder =
            PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private static UsersProperties.User user(String name, String password, Role role) {
        var user = new UsersProperties.User();
        user.setUsername(name);
        user.setPassword(password);
        user.setRole(role);
        user.setAgency("Education");
        return user;
    }

    private static UsersProperties properties(UsersProperties.User... users) {
        var properties = new UsersProperties();
        properties.setUsers(List.of(users));
        return properties;
    }

    @Test
    void the_local_profile_signs_in_every_demo_user_with_their_name_as_password() {
        var directory = new UserDirectory(properties(), true, encoder);

        assertThat(directory.size()).isEqualTo(7); // practitioner, manager, practitioner2, manager2, board, auditor, admin
        for (var demo : DemoUsers.ALL) {
            var details = directory.loadUserByUsername(demo.userId());
            assertThat(encoder.matches(demo.userId(), details.getPassword())).isTrue();
        }
        assertThat(((CseUserDetails) directory.loadUserByUsername("manager2")).user())
                .isEqualTo(new SignedInUser("manager2", Role.MANAGER, "Health"));
    }

    @Test
    void outside_the_local_profile_there_are_no_demo_users() {
        var directory = new UserDirectory(properties(), false, encoder);

        assertThatThrownBy(() -> directory.loadUserByUsername("practitioner"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void refuses_to_start_with_a_demo_user_configured_outside_the_local_profile() {
        assertThatThrownBy(() -> new UserDirectory(properties(user("manager", "{bcrypt}$2a$10$x", Role.MANAGER)),
                false, encoder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Demo user 'manager'");
    }

    @Test
    void refuses_to_start_with_a_user_whose_password_is_its_name_outside_the_local_profile() {
        assertThatThrownBy(() -> new UserDirectory(properties(user("teacher1", "{noop}teacher1", Role.PRACTITIONER)),
                false, encoder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("teacher1");
    }

    @Test
    void refuses_a_user_without_a_role_and_a_user_configured_twice() {
        assertThatThrownBy(() -> new UserDirectory(properties(user("x", "{bcrypt}h", null)), false, encoder))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new UserDirectory(properties(user("x", "{bcrypt}h", Role.AUDITOR),
                user("x", "{bcrypt}h", Role.AUDITOR)), false, encoder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void a_manager_holds_the_practitioners_authority_too_and_a_board_member_only_their_own() {
        var directory = new UserDirectory(properties(), true, encoder);

        assertThat(directory.loadUserByUsername("manager").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_MANAGER", "ROLE_PRACTITIONER");
        assertThat(directory.loadUserByUsername("board").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_BOARD");
    }
}
