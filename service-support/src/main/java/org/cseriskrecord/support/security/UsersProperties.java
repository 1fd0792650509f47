package org.cseriskrecord.support.security;

import org.cseriskrecord.events.Role;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * Users allowed to sign in with HTTP Basic, from configuration ({@code cse.security.users[0].username=…}).
 * Passwords are stored hashed with an id prefix ({@code {bcrypt}…}); the local profile's demo users are added by
 * {@link DemoUsers} and may not be configured by hand.
 */
@ConfigurationProperties(prefix = "cse.security")
public class UsersProperties {

    private List<User> users = new ArrayList<>();

    public List<User> getUsers() {
        return users;
    }

    public void setUsers(List<User> users) {
        this.users = users;
    }

    public static class User {
        private String username;
        private String password;
        private Role role;
        private String agency;

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }

        public String getAgency() {
            return agency;
        }

        public void setAgency(String agency) {
            this.agency = agency;
        }
    }
}
